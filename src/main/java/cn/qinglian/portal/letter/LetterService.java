package cn.qinglian.portal.letter;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads letters: the grid, a letter's page, a cadre's letters and the completion board. Everyone who may
 * see a cadre may see their letters (a village user their own village's); the steps are in {@link LetterSteps}.
 */
@Service
public class LetterService {

    /** Orders letters like the posts: 书记, 主任, … (the declaration order of {@link Position}). */
    static final String POSITION_ORDER = "FIELD(l.position, " + Arrays.stream(Position.values())
            .map(p -> "'" + p.name() + "'").collect(Collectors.joining(", ")) + ")";
    private static final Map<String, String> SORT = Map.of("cadreName", "c.name", "villageName", "v.name",
            "positionTitle", POSITION_ORDER, "status", "FIELD(l.status, 'PENDING', 'SIGNED', 'PUBLISHED', 'REVIEWED')",
            "deadline", "l.deadline", "signedOn", "l.signed_on", "publishedOn", "l.published_on",
            "evaluation", "l.evaluation", "year", "l.year");
    private static final String FROM = " FROM commitment_letter l JOIN cadre c ON c.id = l.cadre_id"
            + " JOIN village v ON v.id = l.village_id ";
    private static final String COLUMNS = "SELECT l.id, l.version, l.year, l.cadre_id, c.name AS cadre_name, l.village_id,"
            + " v.name AS village_name, l.position_title, l.position_group, l.status, l.deadline, l.signed_on,"
            + " l.published_on, l.published_where, l.evaluation, l.reviewed_on";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ArchiveService archive;
    private final Clock clock;

    LetterService(JdbcClient jdbc, CurrentUser currentUser, ArchiveService archive, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.archive = archive;
        this.clock = clock;
    }

    /** Generates, publishes, reviews and reverts letters; also signs them. */
    public static boolean manages(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    /** Records signing (with the scan): village users for their own village, and the managers. */
    public static boolean signs(PortalUser user) {
        return manages(user) || user.has(Role.VILLAGE);
    }

    @Transactional(readOnly = true)
    public List<LetterRow> list(LetterFilter filter, PageQuery page) {
        SqlWhere w = where(filter);
        return jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "v.name, " + POSITION_ORDER + ", c.name", "l.id"))
                .params(w.params()).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public int count(LetterFilter filter) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** Every row of the filter in print order (village, position, name), streamed. */
    @Transactional(readOnly = true)
    public void forEach(LetterFilter filter, Consumer<LetterRow> sink) {
        SqlWhere w = where(filter);
        jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql() + " ORDER BY v.name, " + POSITION_ORDER + ", c.name, l.id")
                .params(w.params()).query((RowCallbackHandler) rs -> sink.accept(row(rs, 0)));
    }

    /** The ids of the filter's letters in print order (position order, then name). */
    @Transactional(readOnly = true)
    public List<Long> ids(LetterFilter filter) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT l.id" + FROM + "WHERE " + w.sql() + " ORDER BY v.name, " + POSITION_ORDER + ", c.name, l.id")
                .params(w.params()).query(Long.class).list();
    }

    /** The letter, if the reader may see it; out of scope looks like not existing. */
    @Transactional(readOnly = true)
    public Optional<CommitmentLetter> get(long id) {
        SqlWhere w = where(LetterFilter.ALL).and("l.id = :id", "id", id);
        return jdbc.sql("SELECT l.*" + FROM + "WHERE " + w.sql()).params(w.params())
                .query(CommitmentLetter.class).optional();
    }

    /** The letters of these ids the reader may see, in print order. */
    @Transactional(readOnly = true)
    public List<CommitmentLetter> get(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlWhere w = where(LetterFilter.ALL).and("l.id IN (:ids)", "ids", ids);
        return jdbc.sql("SELECT l.*" + FROM + "WHERE " + w.sql() + " ORDER BY v.name, " + POSITION_ORDER + ", c.name, l.id")
                .params(w.params()).query(CommitmentLetter.class).list();
    }

    /** Cadre name per letter id. */
    Map<Long, String> cadreNames(List<CommitmentLetter> letters) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!letters.isEmpty()) {
            jdbc.sql("SELECT l.id, c.name FROM commitment_letter l JOIN cadre c ON c.id = l.cadre_id WHERE l.id IN (:ids)")
                    .param("ids", letters.stream().map(CommitmentLetter::id).toList())
                    .query((RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));
        }
        return names;
    }

    /** The letters of the filter as printed, in print order, read in one query (batches of a village). */
    @Transactional(readOnly = true)
    public List<LetterPrint> prints(LetterFilter filter) {
        return prints(where(filter));
    }

    /** One letter as printed, if the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<LetterPrint> print(long id) {
        return prints(where(LetterFilter.ALL).and("l.id = :id", "id", id)).stream().findFirst();
    }

    private List<LetterPrint> prints(SqlWhere w) {
        return jdbc.sql("SELECT l.*, c.name AS cadre_name, v.name AS village_name, t.name AS township_name" + FROM
                        + " JOIN township t ON t.id = l.township_id WHERE " + w.sql()
                        + " ORDER BY v.name, " + POSITION_ORDER + ", c.name, l.id")
                .params(w.params()).query((rs, i) -> LetterPrinting.print(rs.getString("title"), rs.getString("salutation"),
                        rs.getString("preamble"), rs.getString("pledges"), rs.getString("closing"), rs.getString("cadre_name"),
                        rs.getString("village_name"), rs.getString("position_title"), rs.getString("township_name"),
                        rs.getInt("year"))).list();
    }

    @Transactional(readOnly = true)
    public Optional<LetterDetail> detail(long id) {
        PortalUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return get(id).map(l -> {
            var names = jdbc.sql("SELECT c.name AS cadre, v.name AS village, t.name AS township FROM cadre c"
                            + " JOIN village v ON v.id = c.village_id JOIN township t ON t.id = v.township_id WHERE c.id = :c")
                    .param("c", l.cadreId()).query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                    .single();
            List<LetterStep> steps = jdbc.sql("SELECT action, status, note, done_by, done_at FROM letter_step"
                            + " WHERE letter_id = :id ORDER BY id DESC")
                    .param("id", id).query(LetterStep.class).list();
            return new LetterDetail(l, names[0], names[1], names[2], l.overdueOn(today),
                    l.signedEntryId() == null ? List.of() : archive.files(l.signedEntryId()), steps,
                    signs(user) && l.status() == LetterStatus.PENDING,
                    manages(user) && l.status() == LetterStatus.SIGNED,
                    manages(user) && l.status() == LetterStatus.PUBLISHED,
                    manages(user) && l.status() != LetterStatus.PENDING);
        });
    }

    /** The completion board of a year, per village in the reader's scope (villages without letters show 0). */
    @Transactional(readOnly = true)
    public LetterBoard board(int year) {
        ScopeCondition s = currentUser.require().scope().on("v.township_id").village("v.id").officeSeesTownship().build();
        List<LetterBoard.Row> rows = new ArrayList<>();
        jdbc.sql("""
                        SELECT v.id, v.name, COUNT(l.id) AS generated,
                               COALESCE(SUM(l.status <> 'PENDING'), 0) AS signed,
                               COALESCE(SUM(l.status IN ('PUBLISHED', 'REVIEWED')), 0) AS published,
                               COALESCE(SUM(l.status = 'REVIEWED'), 0) AS reviewed,
                               COALESCE(SUM(l.status = 'PENDING' AND l.deadline < :today), 0) AS overdue
                        FROM village v LEFT JOIN commitment_letter l ON l.village_id = v.id AND l.year = :year
                        WHERE v.active AND """ + " " + s.sql() + " GROUP BY v.id, v.name ORDER BY v.name")
                .param("year", year).param("today", LocalDate.now(clock)).params(s.params())
                .query((RowCallbackHandler) rs -> rows.add(new LetterBoard.Row(rs.getLong(1), rs.getString(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))));
        LetterBoard.Row total = new LetterBoard.Row(0, "合计", rows.stream().mapToInt(LetterBoard.Row::generated).sum(),
                rows.stream().mapToInt(LetterBoard.Row::signed).sum(), rows.stream().mapToInt(LetterBoard.Row::published).sum(),
                rows.stream().mapToInt(LetterBoard.Row::reviewed).sum(), rows.stream().mapToInt(LetterBoard.Row::overdue).sum());
        return new LetterBoard(year, rows, total);
    }

    /** The letters' scope: the cadre's township and village, as for cadres. */
    SqlWhere where(LetterFilter f) {
        PortalUser user = currentUser.require();
        ScopeCondition s = user.scope().on("l.township_id").village("l.village_id").officeSeesTownship().build();
        PositionGroup group = f.group();
        return SqlWhere.of(s.sql(), s.params())
                .and("l.year = :year", "year", f.year())
                .and("l.village_id = :villageId", "villageId", f.villageId())
                .and("l.township_id = :townshipId", "townshipId", f.townshipId())
                .and("l.position_group = :grp", "grp", group == null ? null : group.name())
                .and("l.cadre_id = :cadreId", "cadreId", f.cadreId())
                .andContains("c.name", "name", f.name())
                .andIf(f.progress() != null, f.progress() == null ? "" : f.progress().condition())
                .and("l.status = 'PENDING' AND l.deadline < :today", "today", f.overdueOnly() ? LocalDate.now(clock) : null);
    }

    private LetterRow row(ResultSet rs, int i) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        LetterStatus status = LetterStatus.valueOf(rs.getString("status"));
        String evaluation = rs.getString("evaluation");
        return new LetterRow(rs.getLong("id"), rs.getInt("version"), rs.getInt("year"), rs.getLong("cadre_id"),
                rs.getString("cadre_name"), rs.getLong("village_id"), rs.getString("village_name"),
                rs.getString("position_title"), PositionGroup.valueOf(rs.getString("position_group")), status, deadline,
                status == LetterStatus.PENDING && deadline.isBefore(LocalDate.now(clock)),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getString("published_where"), evaluation == null ? null : Evaluation.valueOf(evaluation),
                rs.getObject("reviewed_on", LocalDate.class));
    }
}
