package cn.qinglian.portal.cadre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The documented rules that suggest a cadre's 廉情评估 colour from the archive (revoked entries
 * never count). The most serious rule that applies sets the colour; every rule that applies is a
 * reason.
 * <ul>
 * <li>红: a sanction of the third or fourth form whose influence period runs.</li>
 * <li>橙: a sanction of the second form whose influence period runs; a petition verified as true
 * within the last 24 months.</li>
 * <li>黄: a first-form measure within the last 12 months (or whose influence period runs); a petition
 * still being checked; an integrity talk within the last 6 months.</li>
 * <li>The latest 廉情事项评估 entry whose grade is a colour (黄/橙/红) sets at least that colour.</li>
 * <li>绿: none of the above.</li>
 * </ul>
 */
public final class RatingRules {

    private RatingRules() {
    }

    public static RatingSuggestion suggest(List<ArchiveEntry> archive, LocalDate today) {
        IntegrityColour colour = IntegrityColour.GREEN;
        List<String> reasons = new ArrayList<>();
        for (ArchiveEntry e : archive) {
            if (e.revoked()) {
                continue;
            }
            IntegrityColour hit = switch (e.kind()) {
                case ACCOUNTABILITY -> accountability(e, today);
                case PETITION -> petition(e, today);
                case TALK -> e.entryDate().isAfter(today.minusMonths(6)) ? IntegrityColour.YELLOW : null;
                default -> null;
            };
            if (hit != null) {
                colour = colour.atLeast(hit);
                reasons.add(hit.label() + "：" + e.title() + (e.detail().isEmpty() ? "" : "（" + e.detail() + "）"));
            }
        }
        var assessment = archive.stream().filter(e -> !e.revoked() && e.kind() == ArchiveKind.INTEGRITY_ASSESSMENT)
                .max(Comparator.comparing(ArchiveEntry::entryDate));
        if (assessment.isPresent()) {
            for (IntegrityColour c : IntegrityColour.values()) {
                if (c != IntegrityColour.GREEN && c.label().equals(assessment.get().grade())) {
                    colour = colour.atLeast(c);
                    reasons.add(c.label() + "：廉情事项评估结论（" + assessment.get().title() + "）");
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("绿：档案中没有影响廉洁评价的记录");
        }
        return new RatingSuggestion(colour, List.copyOf(reasons));
    }

    private static IntegrityColour accountability(ArchiveEntry e, LocalDate today) {
        DisciplineForm form = e.disciplineForm();
        if (form == null) {
            return null;
        }
        boolean running = e.sanctionRunningOn(today);
        return switch (form) {
            case THIRD, FOURTH -> running ? IntegrityColour.RED : null;
            case SECOND -> running ? IntegrityColour.ORANGE : null;
            case FIRST -> running || e.entryDate().isAfter(today.minusMonths(12)) ? IntegrityColour.YELLOW : null;
        };
    }

    private static IntegrityColour petition(ArchiveEntry e, LocalDate today) {
        if (e.petitionStatus() == PetitionStatus.OPEN) {
            return IntegrityColour.YELLOW;
        }
        if (e.petitionStatus() == PetitionStatus.VERIFIED && e.entryDate().isAfter(today.minusMonths(24))) {
            return IntegrityColour.ORANGE;
        }
        return null;
    }
}
