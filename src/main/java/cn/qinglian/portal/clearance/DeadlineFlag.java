package cn.qinglian.portal.clearance;

import cn.qinglian.portal.base.BaseConfiguration;

import java.time.Clock;
import java.time.LocalDate;

/**
 * An open item's standing against its deadline, computed on read from today's date in the
 * township's zone: overdue once the deadline day has passed, due soon within {@value #SOON_DAYS} days.
 */
public enum DeadlineFlag {
    NONE(""),
    DUE_SOON("即将到期"),
    OVERDUE("已逾期");

    public static final int SOON_DAYS = 7;

    private final String label;

    DeadlineFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Today as the township counts it, whatever the server's zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BaseConfiguration.ZONE));
    }

    public static DeadlineFlag of(LocalDate deadline, ClearanceStatus status, LocalDate today) {
        if (!status.open()) {
            return NONE;
        }
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        return deadline.isAfter(today.plusDays(SOON_DAYS)) ? NONE : DUE_SOON;
    }
}
