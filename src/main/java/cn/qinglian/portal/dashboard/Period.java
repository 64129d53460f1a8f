package cn.qinglian.portal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar period [from, before) in local dates (Asia/Shanghai): the month, quarter or year containing a day.
 * Timestamps compare against {@code from.atStartOfDay()}, i.e. local midnight.
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate before) {

    public static Period containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> new Period(kind, day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1));
            case QUARTER -> {
                LocalDate first = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
                yield new Period(kind, first, first.plusMonths(3));
            }
            case YEAR -> new Period(kind, LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear() + 1, 1, 1));
        };
    }

    public int year() {
        return from.getYear();
    }

    /** The last month of the period (the trend ends there). */
    public YearMonth lastMonth() {
        return YearMonth.from(before.minusDays(1));
    }

    /** E.g. 2026年12月, 2026年第4季度, 2026年. */
    public String label() {
        return switch (kind) {
            case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
            case QUARTER -> from.getYear() + "年第" + ((from.getMonthValue() - 1) / 3 + 1) + "季度";
            case YEAR -> from.getYear() + "年";
        };
    }
}
