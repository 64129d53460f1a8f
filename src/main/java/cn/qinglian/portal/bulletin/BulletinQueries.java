package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.bulletin.BulletinData.Archive;
import cn.qinglian.portal.bulletin.BulletinData.LetterRow;
import cn.qinglian.portal.bulletin.BulletinData.OverdueItem;
import cn.qinglian.portal.bulletin.BulletinData.Overview;
import cn.qinglian.portal.bulletin.BulletinData.VillageRow;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month's figures of one township, aggregated in SQL (no item, letter or entry is loaded): a handful of
 * GROUP BY queries over the indexed tables.
 */
@Component
class BulletinQueries {

    static final int OVERDUE_LISTED = 30;

    private final JdbcClient jdbc;

    /*
     * The month is reported as it stood at its end (or today, for the running month): an item counts if it
     * existed then, as closed if it was closed by then, as overdue if it was open past its deadline then. A
     * bulletin drafted or issued days later shows the month, not today.
     */
    private static final String EXISTED = "created_at < :end";
    private static final String CLOSED = "(status = 'CLOSED' AND closed_at < :end)";
    private static final String OVERDUE = "(NOT (status = 'CLOSED' AND closed_at < :end) AND deadline < :asOf)";

    private static String asOfMonthEnd(String sql) {
        return sql.replace("{EXISTED}", EXISTED).replace("{CLOSED}", CLOSED).replace("{OVERDUE}", OVERDUE);
    }

    BulletinQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BulletinData load(long townshipId, int year, int month, LocalDate today) {
        YearMonth ym = YearMonth.of(year, month);
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        LocalDate asOf = today.isBefore(last) ? today : last;
        String township = jdbc.sql("SELECT name FROM township WHERE id = :t").param("t", townshipId)
                .query(String.class).optional().orElse("");

        Overview overview = jdbc.sql(asOfMonthEnd("""
                        SELECT COUNT(*) AS items, COALESCE(SUM({CLOSED}), 0) AS closed,
                               COALESCE(SUM({OVERDUE}), 0) AS overdue,
                               COALESCE(SUM(created_at >= :from AND created_at < :to), 0) AS created,
                               COALESCE(SUM(status = 'CLOSED' AND closed_at >= :from AND closed_at < :to), 0) AS closedIn
                        FROM clearance_item WHERE township_id = :t AND {EXISTED}"""))
                .param("t", townshipId).param("asOf", asOf).param("end", asOf.plusDays(1).atStartOfDay())
                .param("from", first.atStartOfDay())
                .param("to", last.plusDays(1).atStartOfDay())
                .query((rs, i) -> new Overview(rs.getInt("items"), rs.getInt("closed"), rs.getInt("overdue"),
                        rs.getInt("created"), rs.getInt("closedIn"), BulletinData.rate(rs.getInt("closed"), rs.getInt("items"))))
                .single();

        List<VillageRow> unranked = new ArrayList<>();
        jdbc.sql(asOfMonthEnd("""
                        SELECT v.name, COALESCE(c.total, 0), COALESCE(c.closed, 0), COALESCE(c.overdue, 0)
                        FROM village v LEFT JOIN (
                            SELECT village_id, COUNT(*) AS total, SUM({CLOSED}) AS closed,
                                   SUM({OVERDUE}) AS overdue
                            FROM clearance_item WHERE township_id = :t AND village_id IS NOT NULL AND {EXISTED}
                            GROUP BY village_id
                        ) c ON c.village_id = v.id
                        WHERE v.township_id = :t AND v.active ORDER BY v.sort_order, v.name"""))
                .param("t", townshipId).param("asOf", asOf).param("end", asOf.plusDays(1).atStartOfDay())
                .query((RowCallbackHandler) rs -> {
                    int total = rs.getInt(2);
                    int closed = rs.getInt(3);
                    unranked.add(new VillageRow(0, rs.getString(1), total, closed, rs.getInt(4),
                            BulletinData.rate(closed, total), total == 0 ? -1 : closed * 100.0 / total));
                });
        List<VillageRow> sorted = unranked.stream()
                .sorted(Comparator.comparingDouble(VillageRow::rateValue).reversed()
                        .thenComparingInt(VillageRow::overdue)).toList();
        List<VillageRow> villages = new ArrayList<>(sorted.size());
        for (VillageRow r : sorted) {
            villages.add(new VillageRow(villages.size() + 1, r.village(), r.total(), r.closed(), r.overdue(), r.rate(),
                    r.rateValue()));
        }

        List<LetterRow> letters = jdbc.sql("""
                        SELECT v.name, COUNT(l.id) AS generated,
                               COALESCE(SUM(l.signed_on <= :asOf), 0) AS signed,
                               COALESCE(SUM(l.published_on <= :asOf), 0) AS published,
                               COALESCE(SUM(l.reviewed_on <= :asOf), 0) AS reviewed,
                               COALESCE(SUM(l.deadline < :asOf AND (l.signed_on IS NULL OR l.signed_on > :asOf)), 0) AS overdue
                        FROM village v LEFT JOIN commitment_letter l ON l.village_id = v.id AND l.year = :year
                                                                   AND l.created_at < :end
                        WHERE v.township_id = :t AND v.active GROUP BY v.id, v.name, v.sort_order
                        ORDER BY v.sort_order, v.name""")
                .param("t", townshipId).param("year", year).param("asOf", asOf).param("end", asOf.plusDays(1).atStartOfDay())
                .query((rs, i) -> new LetterRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6))).list();
        LetterRow letterTotal = new LetterRow("合计", letters.stream().mapToInt(LetterRow::generated).sum(),
                letters.stream().mapToInt(LetterRow::signed).sum(), letters.stream().mapToInt(LetterRow::published).sum(),
                letters.stream().mapToInt(LetterRow::reviewed).sum(), letters.stream().mapToInt(LetterRow::overdue).sum());

        Archive archive = jdbc.sql("""
                        SELECT COALESCE(SUM(kind = 'TALK'), 0),
                               COALESCE(SUM(kind = 'ACCOUNTABILITY' AND discipline_form = 'FIRST'), 0),
                               COALESCE(SUM(kind = 'ACCOUNTABILITY' AND discipline_form = 'SECOND'), 0),
                               COALESCE(SUM(kind = 'ACCOUNTABILITY' AND discipline_form = 'THIRD'), 0),
                               COALESCE(SUM(kind = 'ACCOUNTABILITY' AND discipline_form = 'FOURTH'), 0)
                        FROM archive_entry
                        WHERE township_id = :t AND NOT revoked AND kind IN ('TALK', 'ACCOUNTABILITY')
                          AND entry_date BETWEEN :from AND :to""")
                .param("t", townshipId).param("from", first).param("to", last)
                .query((rs, i) -> new Archive(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();

        List<OverdueItem> overdue = jdbc.sql("""
                        SELECT COALESCE(v.name, '镇级事项'), i.code, i.title, i.deadline
                        FROM clearance_item i LEFT JOIN village v ON v.id = i.village_id
                        WHERE i.township_id = :t AND {EXISTED} AND {OVERDUE}
                        ORDER BY i.deadline, i.id LIMIT""".replace("{EXISTED}", "i." + EXISTED)
                        .replace("{OVERDUE}", "(NOT (i.status = 'CLOSED' AND i.closed_at < :end) AND i.deadline < :asOf)")
                        + " " + OVERDUE_LISTED)
                .param("t", townshipId).param("asOf", asOf).param("end", asOf.plusDays(1).atStartOfDay())
                .query((rs, i) -> {
                    LocalDate deadline = rs.getObject(4, LocalDate.class);
                    return new OverdueItem(rs.getString(1), rs.getString(2), rs.getString(3), deadline,
                            (int) ChronoUnit.DAYS.between(deadline, asOf));
                }).list();
        return new BulletinData(year, month, asOf, township, overview, villages, letters, letterTotal, archive,
                overdue, overview.overdue());
    }

}
