package cn.qinglian.portal.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The month's figures of a bulletin, all aggregated in SQL ({@link BulletinQueries}); frozen as the data
 * snapshot of an issued bulletin.
 *
 * @param asOf the day the figures are counted to: the month's last day, or today while the month runs
 */
public record BulletinData(int year, int month, LocalDate asOf, String townshipName, Overview overview,
                           List<VillageRow> villages, List<LetterRow> letters, LetterRow letterTotal,
                           Archive archive, List<OverdueItem> overdue, int overdueTotal) {

    /** The whole township: all items (village and township level). */
    public record Overview(int items, int closed, int overdue, int newInMonth, int closedInMonth, String rate) {
    }

    /** One village, ranked by clearance rate (highest first; a village without items last). */
    public record VillageRow(int rank, String village, int total, int closed, int overdue, String rate,
                             double rateValue) {
    }

    /** Commitment letters of the year. */
    public record LetterRow(String village, int generated, int signed, int published, int reviewed, int overdue) {
    }

    /** 廉政约谈 and 问责处理 by the four forms, in the month. */
    public record Archive(int talks, int first, int second, int third, int fourth) {
        public int accountability() {
            return first + second + third + fourth;
        }
    }

    /** An open item past its deadline on {@code asOf} (点名通报). */
    public record OverdueItem(String village, String code, String title, LocalDate deadline, int days) {
    }

    /** "85.7%", or "—" without items. */
    public static String rate(int closed, int total) {
        if (total == 0) {
            return "—";
        }
        long tenths = Math.round(closed * 1000.0 / total);
        return tenths / 10 + "." + tenths % 10 + "%";
    }
}
