package cn.qinglian.portal.cadre;

import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one sheet row into a {@link CadreDraft}, noting the cell values it cannot read. */
final class RosterRows {

    static final String UNKNOWN_DATE = "无法识别的日期，请填写如 2026-01-05 的日期";
    static final String ID_AS_NUMBER = "身份证号应以文本格式填写（数字格式会丢失末几位）";
    static final String PARTY_YES_NO = "是否党员应填写“是”或“否”";
    static final String STATUS_LABEL = "状态应填写“在任”或“离任”";

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");

    /** A row read: the draft, the cell problems so far, and for each draft term the roster term (1–3) it came from. */
    record Parsed(int row, CadreDraft draft, Map<RosterColumn, String> problems, List<Integer> termColumns) {
    }

    private final Map<Integer, RosterColumn> columns;
    private final RosterVillages villages;

    RosterRows(Map<Integer, RosterColumn> columns, RosterVillages villages) {
        this.columns = columns;
        this.villages = villages;
    }

    Parsed parse(RosterSheet.Row row) {
        Map<RosterColumn, RosterSheet.Cell> cells = new EnumMap<>(RosterColumn.class);
        columns.forEach((index, column) -> cells.put(column, row.cell(index)));
        Map<RosterColumn, String> problems = new EnumMap<>(RosterColumn.class);
        CadreDraft d = new CadreDraft();

        String village = text(cells, RosterColumn.VILLAGE);
        if (!village.isEmpty()) {
            villages.find(village).ifPresentOrElse(d::setVillageId,
                    () -> problems.put(RosterColumn.VILLAGE, villages.problem(village)));
        }
        d.setName(text(cells, RosterColumn.NAME));
        RosterSheet.Cell id = cells.get(RosterColumn.ID_NUMBER);
        if (id != null && id.number() != null) {
            problems.put(RosterColumn.ID_NUMBER, ID_AS_NUMBER);
        }
        d.setIdNumber(text(cells, RosterColumn.ID_NUMBER));
        d.setMobile(text(cells, RosterColumn.MOBILE));
        switch (text(cells, RosterColumn.PARTY_MEMBER)) {
            case "是" -> d.setPartyMember(true);
            case "否", "" -> d.setPartyMember(false);
            default -> problems.put(RosterColumn.PARTY_MEMBER, PARTY_YES_NO);
        }
        d.setPartyJoinedOn(date(cells, RosterColumn.PARTY_JOINED_ON, problems));
        d.setEducation(text(cells, RosterColumn.EDUCATION));
        switch (text(cells, RosterColumn.STATUS)) {
            case "在任" -> d.setStatus(CadreStatus.SERVING);
            case "离任" -> d.setStatus(CadreStatus.LEFT);
            default -> problems.put(RosterColumn.STATUS, STATUS_LABEL);
        }
        List<Integer> termColumns = new ArrayList<>();
        for (int k = 1; k <= RosterColumn.TERMS; k++) {
            TermDraft term = term(cells, k, problems);
            if (term != null) {
                d.getTerms().add(term);
                termColumns.add(k);
            }
        }
        return new Parsed(row.number(), d, problems, termColumns);
    }

    /** The roster's term k, or null when its three cells are blank. */
    private static @Nullable TermDraft term(Map<RosterColumn, RosterSheet.Cell> cells, int k,
                                            Map<RosterColumn, String> problems) {
        String label = text(cells, RosterColumn.position(k));
        boolean hasDates = !text(cells, RosterColumn.startedOn(k)).isEmpty() || !text(cells, RosterColumn.endedOn(k)).isEmpty();
        if (label.isEmpty() && !hasDates) {
            return null;
        }
        TermDraft t = new TermDraft();
        if (!label.isEmpty()) {
            Optional<Position> position = Position.byLabel(label);
            position.ifPresentOrElse(t::setPosition, () -> problems.put(RosterColumn.position(k),
                    "未知的职务“" + label + "”，请从下拉列表中选择"));
        }
        t.setStartedOn(date(cells, RosterColumn.startedOn(k), problems));
        t.setEndedOn(date(cells, RosterColumn.endedOn(k), problems));
        return t;
    }

    private static String text(Map<RosterColumn, RosterSheet.Cell> cells, RosterColumn column) {
        RosterSheet.Cell cell = cells.get(column);
        return cell == null ? "" : cell.text().strip();
    }

    private static @Nullable LocalDate date(Map<RosterColumn, RosterSheet.Cell> cells, RosterColumn column,
                                            Map<RosterColumn, String> problems) {
        RosterSheet.Cell cell = cells.get(column);
        if (cell == null || cell.blank()) {
            return null;
        }
        Optional<LocalDate> date = parseDate(cell);
        if (date.isEmpty()) {
            problems.put(column, UNKNOWN_DATE);
        }
        return date.orElse(null);
    }

    /** A real Excel date, or text 2026-01-05, 2026/1/5, 2026.1.5 or 2026年1月5日. */
    static Optional<LocalDate> parseDate(RosterSheet.Cell cell) {
        Double number = cell.number();
        if (number != null) {
            return cell.date() && DateUtil.isValidExcelDate(number)
                    ? Optional.of(DateUtil.getLocalDateTime(number).toLocalDate()) : Optional.empty();
        }
        String text = cell.text().strip();
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.matches()) {
            m = CHINESE_DATE.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
