package cn.qinglian.portal.cadre;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the field keys of {@link CadreService#problems} to the roster's columns. */
final class RosterFields {

    private static final Pattern TERM_FIELD = Pattern.compile("terms\\[(\\d+)]\\.(\\w+)");

    private RosterFields() {
    }

    static RosterColumn column(String field, RosterRows.Parsed row) {
        Matcher m = TERM_FIELD.matcher(field);
        if (m.matches()) {
            int term = row.termColumns().get(Integer.parseInt(m.group(1)));
            return switch (m.group(2)) {
                case "position" -> RosterColumn.position(term);
                case "startedOn" -> RosterColumn.startedOn(term);
                default -> RosterColumn.endedOn(term);
            };
        }
        return switch (field) {
            case "villageId" -> RosterColumn.VILLAGE;
            case "name" -> RosterColumn.NAME;
            case "mobile" -> RosterColumn.MOBILE;
            case "partyJoinedOn" -> RosterColumn.PARTY_JOINED_ON;
            case "education" -> RosterColumn.EDUCATION;
            case "status" -> RosterColumn.STATUS;
            case "terms" -> RosterColumn.endedOn(firstTermEndingBeforeStart(row));
            // idNumber, birthDate and gender: the latter two are derived from the ID number
            default -> RosterColumn.ID_NUMBER;
        };
    }

    /** "terms" carries the end-before-start rule without saying which term broke it. */
    private static int firstTermEndingBeforeStart(RosterRows.Parsed row) {
        var terms = row.draft().getTerms();
        for (int i = 0; i < terms.size(); i++) {
            TermDraft t = terms.get(i);
            if (t.getStartedOn() != null && t.getEndedOn() != null && t.getEndedOn().isBefore(t.getStartedOn())) {
                return row.termColumns().get(i);
            }
        }
        return 1;
    }
}
