package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.DeadlineFlag;
import cn.qinglian.portal.organisation.OrgUnit;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import cn.qinglian.portal.security.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.util.StopWatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The dashboard's figures, each one SQL aggregate within the reader's scope (the same scope conditions as
 * the lists the numbers open, so a list's count equals the number clicked). No item row is loaded into
 * memory: the largest result is one row per village. Period boundaries are local dates in Asia/Shanghai
 * from the {@link Clock} bean, never the database's clock.
 */
@Service
public class DashboardService {

    /** Categories shown in the chart; the rest are summed in its caption. */
    public static final int TOP_CATEGORIES = 8;

    private static final Logger LOG = LoggerFactory.getLogger(DashboardService.class);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public static boolean reads(PortalUser user) {
        return user.hasAny(Role.LEADER, Role.DISCIPLINE, Role.PARTY_OFFICE, Role.OFFICE, Role.VILLAGE);
    }

    PortalUser requireReader() {
        PortalUser user = currentUser.require();
        if (!reads(user)) {
            throw new AccessDeniedException("您的角色无权查看工作驾驶舱");
        }
        return user;
    }

    public LocalDate today() {
        return DeadlineFlag.today(clock);
    }

    /** The townships a district user may choose from; empty for everyone else (their township is fixed). */
    @Transactional(readOnly = true)
    public List<OrgUnit> townships() {
        PortalUser user = requireReader();
        if (user.scope().kind() != ScopeKind.DISTRICT) {
            return List.of();
        }
        return jdbc.sql("SELECT t.id, t.name FROM township t WHERE t.district_id = :d ORDER BY t.id")
                .param("d", user.scope().districtId())
                .query((rs, i) -> new OrgUnit(rs.getLong("id"), rs.getString("name"), rs.getLong("id"), rs.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Dashboard load(PeriodKind kind, @Nullable Long townshipId) {
        return load(kind, townshipId, today());
    }

    /** The dashboard as it reads on {@code today} (a parameter so tests can cross period boundaries). */
    @Transactional(readOnly = true)
    public Dashboard load(PeriodKind kind, @Nullable Long townshipId, LocalDate today) {
        PortalUser user = requireReader();
        Long township = township(user, townshipId);
        Period period = Period.containing(kind, today);

        ScopeCondition items = clearanceScope(user);
        String batch = currentBatch(items, township);
        // the two other passes over the items run beside the main one, each on a connection of its own
        // (plain reads with the scope already in their SQL; no transaction or security context needed)
        try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<Dashboard.MonthPoint>> trendLater = side.submit(() -> trend(items, township, period));
            Future<List<List<Dashboard.Count>>> countsLater = side.submit(() -> {
                List<Dashboard.Count> bySource = new ArrayList<>();
                List<Dashboard.Count> byCategory = new ArrayList<>();
                sourcesAndCategories(items, township, bySource, byCategory);
                return List.of(bySource, byCategory);
            });
            return load(user, kind, township, today, period, items, batch, trendLater, countsLater);
        }
    }

    private Dashboard load(PortalUser user, PeriodKind kind, @Nullable Long township, LocalDate today, Period period,
                           ScopeCondition items, @Nullable String batch, Future<List<Dashboard.MonthPoint>> trendLater,
                           Future<List<List<Dashboard.Count>>> countsLater) {

        // one pass over the items, grouped by village (an index-only scan of ix_clearance_item_dashboard):
        // the totals are the sums of the groups
        StopWatch watch = new StopWatch();
        watch.start("items by village");
        Map<Long, int[]> itemsByVillage = new HashMap<>();
        int[] all = new int[6];
        SqlWhere w = narrowed(items, "i.township_id", township);
        jdbc.sql("""
                        SELECT i.village_id, COUNT(*) AS total, SUM(i.status = 'CLOSED') AS closed,
                               SUM(i.status <> 'CLOSED' AND i.deadline < :today) AS overdue,
                               SUM(i.status <> 'CLOSED' AND i.deadline >= :today AND i.deadline <= :soon) AS due_soon,
                               SUM(i.created_at >= :pFrom AND i.created_at < :pBefore) AS opened,
                               SUM(i.closed_at >= :pFrom AND i.closed_at < :pBefore) AS closed_in
                        FROM clearance_item i""" + " WHERE " + w.sql() + " GROUP BY i.village_id")
                .params(w.params()).param("today", today).param("soon", today.plusDays(DeadlineFlag.SOON_DAYS))
                .param("pFrom", period.from().atStartOfDay()).param("pBefore", period.before().atStartOfDay())
                .query((RowCallbackHandler) rs -> {
                    int[] v = {rs.getInt("total"), rs.getInt("closed"), rs.getInt("overdue"), rs.getInt("due_soon"),
                            rs.getInt("opened"), rs.getInt("closed_in")};
                    for (int k = 0; k < all.length; k++) {
                        all[k] += v[k];
                    }
                    Long village = rs.getObject("village_id", Long.class);
                    if (village != null) {
                        itemsByVillage.put(village, v);
                    }
                });
        watch.stop();
        watch.start("current batch");
        int[] inBatch = new int[2];
        if (batch != null) {
            SqlWhere bw = narrowed(items, "i.township_id", township).and("i.batch = :batch", "batch", batch);
            jdbc.sql("SELECT COUNT(*) AS total, SUM(i.status = 'CLOSED') AS closed FROM clearance_item i WHERE " + bw.sql())
                    .params(bw.params())
                    .query((RowCallbackHandler) rs -> {
                        inBatch[0] = rs.getInt("total");
                        inBatch[1] = rs.getInt("closed");
                    });
        }
        watch.stop();
        Dashboard.Clearance clearance = new Dashboard.Clearance(all[0], all[1], all[0] - all[1], all[2], all[3],
                all[4], all[5], batch, inBatch[0], inBatch[1]);

        // letters of the period's year, per village
        watch.start("letters");
        ScopeCondition ls = user.scope().on("l.township_id").village("l.village_id").officeSeesTownship().build();
        SqlWhere lw = narrowed(ls, "l.township_id", township).and("l.year = :year", "year", period.year());
        Map<Long, int[]> lettersByVillage = new HashMap<>();
        int[] letters = new int[6];
        jdbc.sql("""
                        SELECT l.village_id, COUNT(*) AS generated, SUM(l.status <> 'PENDING') AS signed,
                               SUM(l.status IN ('PUBLISHED', 'REVIEWED')) AS published, SUM(l.status = 'REVIEWED') AS reviewed,
                               SUM(l.status = 'PENDING') AS pending, SUM(l.status = 'PENDING' AND l.deadline < :today) AS overdue
                        FROM commitment_letter l""" + " WHERE " + lw.sql() + " GROUP BY l.village_id")
                .params(lw.params()).param("today", today)
                .query((RowCallbackHandler) rs -> {
                    int[] v = {rs.getInt("generated"), rs.getInt("signed"), rs.getInt("published"),
                            rs.getInt("reviewed"), rs.getInt("pending"), rs.getInt("overdue")};
                    for (int k = 0; k < letters.length; k++) {
                        letters[k] += v[k];
                    }
                    lettersByVillage.put(rs.getLong("village_id"), v);
                });

        watch.stop();
        // serving cadres by rating, per village
        watch.start("cadres");
        ScopeCondition cs = user.scope().on("c.township_id").village("c.village_id").officeSeesTownship().build();
        SqlWhere cw = narrowed(cs, "c.township_id", township).andIf(true, "c.status = 'SERVING'");
        Map<Long, int[]> ratingsByVillage = new HashMap<>();
        Map<IntegrityColour, Integer> ratings = new EnumMap<>(IntegrityColour.class);
        for (IntegrityColour c : IntegrityColour.values()) {
            ratings.put(c, 0);
        }
        jdbc.sql("SELECT c.village_id, c.rating, COUNT(*) AS n FROM cadre c WHERE " + cw.sql()
                        + " GROUP BY c.village_id, c.rating")
                .params(cw.params())
                .query((RowCallbackHandler) rs -> {
                    IntegrityColour colour = IntegrityColour.valueOf(rs.getString("rating"));
                    int n = rs.getInt("n");
                    ratings.merge(colour, n, Integer::sum);
                    ratingsByVillage.computeIfAbsent(rs.getLong("village_id"), k -> new int[4])[colour.ordinal()] += n;
                });

        watch.stop();
        watch.start("archive");
        Dashboard.Archive archive = archive(user, township, period);
        watch.stop();
        watch.start("villages");

        // the villages in scope, in their usual order, with their three areas
        ScopeCondition vs = user.scope().on("v.township_id").village("v.id").officeSeesTownship().build();
        SqlWhere vw = narrowed(vs, "v.township_id", township).andIf(true, "v.active");
        List<Dashboard.VillageRow> villages = jdbc.sql("SELECT v.id, v.name FROM village v WHERE " + vw.sql()
                        + " ORDER BY v.township_id, v.sort_order, v.name, v.id")
                .params(vw.params())
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    int[] it = itemsByVillage.getOrDefault(id, new int[6]);
                    int[] le = lettersByVillage.getOrDefault(id, new int[6]);
                    int[] ra = ratingsByVillage.getOrDefault(id, new int[4]);
                    return new Dashboard.VillageRow(id, rs.getString("name"), it[0], it[1], it[0] - it[1], it[2],
                            le[0], le[4], le[5], ra[0] + ra[1] + ra[2] + ra[3], ra[IntegrityColour.RED.ordinal()],
                            ra[IntegrityColour.ORANGE.ordinal()], ra[IntegrityColour.YELLOW.ordinal()]);
                }).list();

        watch.stop();
        watch.start("waiting for trend, sources and categories");
        List<Dashboard.MonthPoint> trend = join(trendLater);
        List<List<Dashboard.Count>> counts = join(countsLater);
        List<Dashboard.Count> bySource = counts.get(0);
        List<Dashboard.Count> byCategory = counts.get(1);
        watch.stop();
        if (LOG.isDebugEnabled()) {
            LOG.debug("dashboard {} {}: {}", kind, township, watch.prettyPrint(java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        return new Dashboard(period, today, township, clearance,
                new Dashboard.Letters(period.year(), letters[0], letters[1], letters[2], letters[3], letters[4], letters[5]),
                ratings, archive, villages, trend, bySource, byCategory);
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("统计被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The district user's chosen township, if it is theirs; everyone else's scope already fixes it. */
    private @Nullable Long township(PortalUser user, @Nullable Long chosen) {
        if (chosen == null || user.scope().kind() != ScopeKind.DISTRICT) {
            return null;
        }
        boolean ours = jdbc.sql("SELECT COUNT(*) FROM township WHERE id = :t AND district_id = :d")
                .param("t", chosen).param("d", user.scope().districtId()).query(Integer.class).single() > 0;
        if (!ours) {
            throw new AccessDeniedException("该乡镇不在您的管理范围内");
        }
        return chosen;
    }

    /** The clearance list's own scope (ClearanceService): office users see the items their office leads or shares. */
    static ScopeCondition clearanceScope(PortalUser user) {
        return user.scope().on("i.township_id").village("i.village_id")
                .officePredicate("EXISTS (SELECT 1 FROM clearance_item_office so WHERE so.item_id = i.id"
                        + " AND so.office_id = :scopeOfficeId)")
                .build();
    }

    private static SqlWhere narrowed(ScopeCondition s, String townshipColumn, @Nullable Long township) {
        return SqlWhere.of(s.sql(), s.params()).and(townshipColumn + " = :chosenTownship", "chosenTownship", township);
    }

    /**
     * The current inspection batch: the batch of the latest item (highest id) handed over by an inspection
     * (巡察移交), found walking the primary key backwards.
     */
    private @Nullable String currentBatch(ScopeCondition items, @Nullable Long township) {
        SqlWhere w = narrowed(items, "i.township_id", township).andIf(true, "i.source = 'INSPECTION'");
        return jdbc.sql("SELECT i.batch FROM clearance_item i FORCE INDEX (PRIMARY) WHERE " + w.sql()
                        + " ORDER BY i.id DESC LIMIT 1")
                .params(w.params()).query(String.class).optional().orElse(null);
    }

    /** Items opened and closed per month: the twelve months ending with the period's last month. */
    private List<Dashboard.MonthPoint> trend(ScopeCondition items, @Nullable Long township, Period period) {
        YearMonth last = period.lastMonth();
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, int[]> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new int[2]);
        }
        for (int k = 0; k < 2; k++) {
            String column = k == 0 ? "i.created_at" : "i.closed_at";
            int slot = k;
            SqlWhere w = narrowed(items, "i.township_id", township);
            jdbc.sql("SELECT YEAR(" + column + ") AS y, MONTH(" + column + ") AS m, COUNT(*) AS n FROM clearance_item i"
                            + " WHERE " + w.sql() + " AND " + column + " >= :tFrom AND " + column + " < :tBefore GROUP BY y, m")
                    .params(w.params()).param("tFrom", first.atDay(1).atStartOfDay())
                    .param("tBefore", last.plusMonths(1).atDay(1).atStartOfDay())
                    .query((RowCallbackHandler) rs -> {
                        int[] point = months.get(YearMonth.of(rs.getInt("y"), rs.getInt("m")));
                        if (point != null) {
                            point[slot] = rs.getInt("n");
                        }
                    });
        }
        List<Dashboard.MonthPoint> points = new ArrayList<>();
        months.forEach((m, v) -> points.add(new Dashboard.MonthPoint(m, v[0], v[1])));
        return points;
    }

    /**
     * Items per source (every source, in enum order) and per category (largest first; items without a category
     * are left out: no list filter selects them), from one grouped pass.
     */
    private void sourcesAndCategories(ScopeCondition items, @Nullable Long township, List<Dashboard.Count> bySource,
                                      List<Dashboard.Count> byCategory) {
        SqlWhere w = narrowed(items, "i.township_id", township);
        Map<String, Integer> sources = new HashMap<>();
        Map<String, Integer> categories = new HashMap<>();
        jdbc.sql("SELECT i.source, i.category, COUNT(*) AS n FROM clearance_item i WHERE " + w.sql()
                        + " GROUP BY i.source, i.category")
                .params(w.params())
                .query((RowCallbackHandler) rs -> {
                    int n = rs.getInt("n");
                    sources.merge(rs.getString("source"), n, Integer::sum);
                    String category = rs.getString("category");
                    if (category != null && !category.isBlank()) {
                        categories.merge(category, n, Integer::sum);
                    }
                });
        for (ClearanceSource s : ClearanceSource.values()) {
            bySource.add(new Dashboard.Count(s.name(), s.label(), sources.getOrDefault(s.name(), 0)));
        }
        categories.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCategory.add(new Dashboard.Count(e.getKey(), e.getKey(), e.getValue())));
    }

    // ---------------------------------------------------------------- archive activity

    private static ScopeCondition archiveScope(PortalUser user) {
        return user.scope().on("a.township_id").village("a.village_id").officeSeesTownship().build();
    }

    private Dashboard.Archive archive(PortalUser user, @Nullable Long township, Period period) {
        SqlWhere w = archiveWhere(user, new ArchiveActivityFilter(null, null, period.from(), period.before(), null, township));
        int[] talks = new int[1];
        int[] accountability = new int[1];
        Map<DisciplineForm, Integer> byForm = new EnumMap<>(DisciplineForm.class);
        for (DisciplineForm f : DisciplineForm.values()) {
            byForm.put(f, 0);
        }
        jdbc.sql("SELECT a.kind, a.discipline_form, COUNT(*) AS n FROM archive_entry a WHERE " + w.sql()
                        + " GROUP BY a.kind, a.discipline_form")
                .params(w.params())
                .query((RowCallbackHandler) rs -> {
                    int n = rs.getInt("n");
                    if (ArchiveKind.TALK.name().equals(rs.getString("kind"))) {
                        talks[0] += n;
                    } else {
                        accountability[0] += n;
                        String form = rs.getString("discipline_form");
                        if (form != null) {
                            byForm.merge(DisciplineForm.valueOf(form), n, Integer::sum);
                        }
                    }
                });
        return new Dashboard.Archive(talks[0], accountability[0], byForm);
    }

    private static SqlWhere archiveWhere(PortalUser user, ArchiveActivityFilter f) {
        ScopeCondition s = archiveScope(user);
        return SqlWhere.of(s.sql(), s.params())
                .andIf(true, "NOT a.revoked AND a.kind IN ('TALK', 'ACCOUNTABILITY')")
                .and("a.kind = :kind", "kind", f.kind())
                .and("a.discipline_form = :form", "form", f.form())
                .and("a.entry_date >= :from", "from", f.from())
                .and("a.entry_date < :before", "before", f.before())
                .and("a.village_id = :villageId", "villageId", f.villageId())
                .and("a.township_id = :townshipId", "townshipId", f.townshipId());
    }

    private static final Map<String, String> ARCHIVE_SORT = Map.of("entryDate", "a.entry_date", "villageName", "v.name",
            "cadreName", "c.name", "kind", "a.kind");

    /** The talks and accountability records behind an archive-activity number, page by page. */
    @Transactional(readOnly = true)
    public List<ArchiveActivityRow> archiveEntries(ArchiveActivityFilter filter, PageQuery page) {
        SqlWhere w = archiveWhere(requireReader(), filter);
        return jdbc.sql("""
                        SELECT a.id, a.cadre_id, c.name AS cadre_name, v.name AS village_name, a.kind, a.entry_date, a.title,
                               a.discipline_form, a.measure
                        FROM archive_entry a JOIN cadre c ON c.id = a.cadre_id JOIN village v ON v.id = a.village_id
                        """ + " WHERE " + w.sql() + SqlOrder.orderAndPage(page, ARCHIVE_SORT, "a.entry_date DESC", "a.id DESC"))
                .params(w.params())
                .query((rs, i) -> {
                    String form = rs.getString("discipline_form");
                    return new ArchiveActivityRow(rs.getLong("id"), rs.getLong("cadre_id"), rs.getString("cadre_name"),
                            rs.getString("village_name"), ArchiveKind.valueOf(rs.getString("kind")),
                            rs.getObject("entry_date", LocalDate.class), rs.getString("title"),
                            form == null ? null : DisciplineForm.valueOf(form), rs.getString("measure"));
                }).list();
    }

    @Transactional(readOnly = true)
    public int archiveCount(ArchiveActivityFilter filter) {
        SqlWhere w = archiveWhere(requireReader(), filter);
        return jdbc.sql("SELECT COUNT(*) FROM archive_entry a WHERE " + w.sql()).params(w.params())
                .query(Integer.class).single();
    }

    /** Villages sorted by clearance rate, highest first (villages without items are left out). */
    public static List<Dashboard.VillageRow> byRate(Dashboard d) {
        return d.villages().stream().filter(v -> v.items() > 0)
                .sorted(Comparator.comparing((Dashboard.VillageRow v) -> v.rate() == null ? 0 : v.rate()).reversed()
                        .thenComparing(Dashboard.VillageRow::name))
                .toList();
    }
}
