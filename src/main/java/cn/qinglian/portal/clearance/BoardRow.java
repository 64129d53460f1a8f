package cn.qinglian.portal.clearance;

import org.jspecify.annotations.Nullable;

/**
 * One line of a clearance board: a batch, village or office with its totals. {@code key} is what
 * the grid filter takes (batch name, village id, office id; null for township-level items).
 */
public record BoardRow(@Nullable String key, String label, int total, int closed, int overdue) {

    /** 清零率: closed / total. */
    public double rate() {
        return total == 0 ? 0 : (double) closed / total;
    }

    /** 已清零 only when every item is closed. */
    public boolean cleared() {
        return total > 0 && closed == total;
    }
}
