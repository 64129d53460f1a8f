package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PortalProperties;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly bulletins of a township. PARTY_OFFICE and DISCIPLINE draft, edit the narrative and preview;
 * only DISCIPLINE issues (the next document number of the year, never reused) and an issued bulletin is
 * frozen: its PDF bytes and its data snapshot are stored and returned as they are. LEADER reads issued
 * bulletins. A correction is a new draft naming the issued bulletin it corrects.
 */
@Service
public class BulletinService {

    public static final String ENTITY = "bulletin";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT b.id, b.version, b.year, b.month, b.status, b.title, b.document_number, b.issued_on, b.issued_by,
                   b.issued_at, b.corrects_id, c.document_number AS corrects_number, b.created_by
            FROM bulletin b LEFT JOIN bulletin c ON c.id = b.corrects_id""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final BulletinQueries queries;
    private final BulletinDocuments documents;
    private final AuditLog audit;
    private final PortalProperties properties;
    private final Clock clock;

    BulletinService(JdbcClient jdbc, CurrentUser currentUser, BulletinQueries queries, BulletinDocuments documents,
                    AuditLog audit, PortalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.queries = queries;
        this.documents = documents;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- roles

    private static boolean drafts(PortalUser u) {
        return u.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    private PortalUser requireDrafter() {
        PortalUser u = currentUser.require();
        if (!drafts(u)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以起草和预览月度通报");
        }
        return u;
    }

    private PortalUser requireReader() {
        PortalUser u = currentUser.require();
        if (!u.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE, Role.LEADER, Role.ADMIN)) {
            throw new AccessDeniedException("您的角色无权查看月度通报");
        }
        return u;
    }

    /** Whether the signed-in user may draft, edit and preview. */
    public boolean canDraft() {
        return currentUser.get().map(BulletinService::drafts).orElse(false);
    }

    /** Whether the signed-in user may read bulletins (issued ones at least). */
    public boolean canRead() {
        return currentUser.get().map(u -> u.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE, Role.LEADER, Role.ADMIN)).orElse(false);
    }

    /** Whether the signed-in user may issue. */
    public boolean canIssue() {
        return currentUser.get().map(u -> u.has(Role.DISCIPLINE)).orElse(false);
    }

    /** The reader's bulletins: drafters see drafts too, leaders only issued ones. */
    private SqlWhere where(PortalUser u) {
        ScopeCondition s = u.scope().on("b.township_id").build();
        return SqlWhere.of(s.sql(), s.params()).andIf(!drafts(u), "b.status = 'ISSUED'");
    }

    // ---------------------------------------------------------------- reads

    /** The bulletins of a year (all years when null), newest first; search in title and document number. */
    @Transactional(readOnly = true)
    public List<BulletinRow> list(@Nullable Integer year, @Nullable String search) {
        SqlWhere w = where(requireReader()).and("b.year = :year", "year", year);
        if (search != null && !search.isBlank()) {
            w = w.andContains("CONCAT(b.title, ' ', COALESCE(b.document_number, ''))", "q", search.strip());
        }
        return jdbc.sql(SELECT + " WHERE " + w.sql() + " ORDER BY b.year DESC, b.month DESC, b.id DESC")
                .params(w.params()).query(BulletinService::row).list();
    }

    @Transactional(readOnly = true)
    public Optional<BulletinDetail> detail(long id) {
        SqlWhere w = where(requireReader()).and("b.id = :id", "id", id);
        return jdbc.sql(SELECT.replace("SELECT b.id,", "SELECT b.intro, b.clearance_comment, b.letter_comment, "
                        + "b.archive_comment, b.focus, b.id,") + " WHERE " + w.sql())
                .params(w.params()).query((rs, i) -> new BulletinDetail(row(rs, i), new Narrative(rs.getString("intro"),
                        rs.getString("clearance_comment"), rs.getString("letter_comment"), rs.getString("archive_comment"),
                        rs.getString("focus")))).optional();
    }

    private BulletinDetail require(long id) {
        return detail(id).orElseThrow(() -> new RecordNotFoundException("月度通报"));
    }

    /** The figures of a month as a draft would print them now (the bench measures this). */
    @Transactional(readOnly = true)
    public BulletinData data(int year, int month) {
        PortalUser u = requireDrafter();
        return queries.load(township(u), year, month, LocalDate.now(clock));
    }

    // ---------------------------------------------------------------- drafts

    /** A new draft for a month, with the default narrative. */
    @Transactional
    public long createDraft(int year, int month) {
        PortalUser u = requireDrafter();
        validMonth(year, month);
        long id = insert(township(u), year, month, Narrative.defaults(month), null, u.displayName());
        audit.record(ENTITY, id, AuditAction.CREATE, null, Map.of("月份", year + "年" + month + "月", "状态", "草稿"));
        return id;
    }

    /** A correction of an issued bulletin: a new draft of the same month naming it, its narrative copied. */
    @Transactional
    public long correct(long issuedId) {
        PortalUser u = requireDrafter();
        BulletinDetail original = require(issuedId);
        if (!original.row().issued()) {
            throw new ValidationFailedException("status", "只能更正已印发的通报；草稿请直接修改");
        }
        long township = jdbc.sql("SELECT township_id FROM bulletin WHERE id = :id").param("id", issuedId)
                .query(Long.class).single();
        long id = insert(township, original.row().year(), original.row().month(), original.narrative(), issuedId,
                u.displayName());
        audit.record(ENTITY, id, AuditAction.CREATE, null, Map.of("月份", original.row().period(), "状态", "草稿",
                "更正", String.valueOf(original.row().documentNumber())));
        return id;
    }

    /** Saves the narrative of a draft. */
    @Transactional
    public void saveNarrative(long id, int version, Narrative narrative) {
        requireDrafter();
        BulletinDetail d = require(id);
        if (d.row().issued()) {
            throw new ValidationFailedException("status", "通报已印发，不能修改；如有错误请发更正通报");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "intro", "导语", narrative.intro());
        check(errors, "clearance", "销号情况分析", narrative.clearance());
        check(errors, "letters", "承诺书情况分析", narrative.letters());
        check(errors, "archive", "约谈问责情况分析", narrative.archive());
        check(errors, "focus", "下月工作重点", narrative.focus());
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        int updated = jdbc.sql("""
                        UPDATE bulletin SET intro = :intro, clearance_comment = :clearance, letter_comment = :letters,
                               archive_comment = :archive, focus = :focus, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("intro", narrative.intro().strip()).param("clearance", narrative.clearance().strip())
                .param("letters", narrative.letters().strip()).param("archive", narrative.archive().strip())
                .param("focus", narrative.focus().strip()).param("now", LocalDateTime.now(clock))
                .param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("通报已被他人修改，请刷新后重试");
        }
        audit.record(ENTITY, id, AuditAction.UPDATE, d.narrative(), narrative);
    }

    private static void check(Map<String, String> errors, String field, String label, String text) {
        if (text.isBlank()) {
            errors.put(field, "请填写" + label);
        } else if (text.length() > Narrative.MAX) {
            errors.put(field, label + "不能超过" + Narrative.MAX + "字");
        }
    }

    // ---------------------------------------------------------------- documents

    /**
     * The PDF: an issued bulletin's stored bytes exactly; a draft rendered from today's data (drafters only).
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        BulletinDetail d = require(id);
        if (d.row().issued()) {
            return jdbc.sql("SELECT pdf FROM bulletin WHERE id = :id").param("id", id).query(byte[].class).single();
        }
        requireDrafter();
        return documents.pdf(draftContent(id, d));
    }

    @Transactional(readOnly = true)
    public byte[] docx(long id) {
        return documents.docx(content(id));
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(long id) {
        return documents.xlsx(content(id));
    }

    /** What the bulletin prints: the frozen snapshot of an issued one, today's figures for a draft. */
    @Transactional(readOnly = true)
    public BulletinContent content(long id) {
        BulletinDetail d = require(id);
        if (d.row().issued()) {
            String json = jdbc.sql("SELECT snapshot FROM bulletin WHERE id = :id").param("id", id).query(String.class).single();
            return JSON.readValue(json, BulletinContent.class);
        }
        requireDrafter();
        return draftContent(id, d);
    }

    private BulletinContent draftContent(long id, BulletinDetail d) {
        long township = townshipOf(id);
        BulletinData data = queries.load(township, d.row().year(), d.row().month(), LocalDate.now(clock));
        var header = new BulletinContent.Header(organ(data.townshipName()), "（草稿）", "", LocalDate.now(clock),
                title(d.row()), copyTo(), corrects(d.row()), true);
        return new BulletinContent(header, d.narrative(), data);
    }

    // ---------------------------------------------------------------- issue

    /** Issues a draft: the next document number of the year, the PDF and the data frozen. DISCIPLINE only. */
    @Transactional
    public BulletinRow issue(long id, int version) {
        PortalUser u = currentUser.require();
        if (!u.has(Role.DISCIPLINE)) {
            throw new AccessDeniedException("只有镇纪检办可以印发月度通报");
        }
        BulletinDetail d = require(id);
        // lock the draft: a second issue of the same draft waits here and then finds it issued
        String status = jdbc.sql("SELECT status FROM bulletin WHERE id = :id AND version = :v FOR UPDATE")
                .param("id", id).param("v", version).query(String.class).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("通报已被他人修改，请刷新后重试"));
        if (!"DRAFT".equals(status)) {
            throw new ValidationFailedException("status", "通报已印发");
        }
        long township = townshipOf(id);
        LocalDate today = LocalDate.now(clock);
        int issueYear = today.getYear();
        // the counter row of the township and year, locked until commit: concurrent issues queue here
        jdbc.sql("INSERT IGNORE INTO bulletin_number (township_id, year, last_seq) VALUES (:t, :y, 0)")
                .param("t", township).param("y", issueYear).update();
        int seq = jdbc.sql("SELECT last_seq FROM bulletin_number WHERE township_id = :t AND year = :y FOR UPDATE")
                .param("t", township).param("y", issueYear).query(Integer.class).single() + 1;
        jdbc.sql("UPDATE bulletin_number SET last_seq = :s WHERE township_id = :t AND year = :y")
                .param("s", seq).param("t", township).param("y", issueYear).update();
        // and the row of year 0, counting all bulletins of the township (总第N期)
        jdbc.sql("INSERT IGNORE INTO bulletin_number (township_id, year, last_seq) VALUES (:t, 0, 0)")
                .param("t", township).update();
        int total = jdbc.sql("SELECT last_seq FROM bulletin_number WHERE township_id = :t AND year = 0 FOR UPDATE")
                .param("t", township).query(Integer.class).single() + 1;
        jdbc.sql("UPDATE bulletin_number SET last_seq = :s WHERE township_id = :t AND year = 0")
                .param("s", total).param("t", township).update();
        String number = properties.organisation().documentPrefix() + "〔" + issueYear + "〕" + seq + "号";

        BulletinData data = queries.load(township, d.row().year(), d.row().month(), today);
        var header = new BulletinContent.Header(organ(data.townshipName()), number,
                issueYear + "年第" + seq + "期　总第" + total + "期", today, title(d.row()), copyTo(), corrects(d.row()), false);
        var content = new BulletinContent(header, d.narrative(), data);
        byte[] pdf = documents.pdf(content);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        UPDATE bulletin SET status = 'ISSUED', issue_year = :y, seq = :seq, total_seq = :total,
                               document_number = :number, issued_on = :today, issued_by = :by, issued_at = :now,
                               pdf = :pdf, snapshot = :snapshot, version = version + 1, updated_at = :now
                        WHERE id = :id""")
                .param("y", issueYear).param("seq", seq).param("total", total).param("number", number)
                .param("today", today).param("by", u.displayName()).param("now", now).param("pdf", pdf)
                .param("snapshot", JSON.writeValueAsString(content)).param("id", id).update();
        audit.record(ENTITY, id, AuditAction.UPDATE, Map.of("状态", "草稿"), Map.of("状态", "已印发", "文号", number,
                "期数", header.issue(), "印发人", u.displayName()));
        return require(id).row();
    }

    // ---------------------------------------------------------------- scheduled draft

    /**
     * The draft of a month for a township, made by the scheduled job: once, however often and on however many
     * instances it runs (the first to insert the month's {@code bulletin_job_run} row drafts).
     */
    @Transactional
    Optional<Long> scheduledDraft(long townshipId, YearMonth month) {
        int claimed = jdbc.sql("""
                        INSERT IGNORE INTO bulletin_job_run (township_id, year, month, started_at)
                        VALUES (:t, :y, :m, :now)""")
                .param("t", townshipId).param("y", month.getYear()).param("m", month.getMonthValue())
                .param("now", LocalDateTime.now(clock)).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        long id = insert(townshipId, month.getYear(), month.getMonthValue(), Narrative.defaults(month.getMonthValue()),
                null, "系统");
        jdbc.sql("UPDATE bulletin_job_run SET bulletin_id = :id WHERE township_id = :t AND year = :y AND month = :m")
                .param("id", id).param("t", townshipId).param("y", month.getYear()).param("m", month.getMonthValue())
                .update();
        audit.record(ENTITY, id, AuditAction.CREATE, null, Map.of("月份", month.getYear() + "年" + month.getMonthValue()
                + "月", "状态", "草稿", "来源", "每月1日自动起草"));
        return Optional.of(id);
    }

    /** The active townships, for the scheduled job. */
    @Transactional(readOnly = true)
    List<Long> townships() {
        return jdbc.sql("SELECT id FROM township ORDER BY id").query(Long.class).list();
    }

    // ---------------------------------------------------------------- helpers

    private long insert(long township, int year, int month, Narrative n, @Nullable Long corrects, String by) {
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO bulletin (township_id, year, month, status, title, intro, clearance_comment, letter_comment,
                                              archive_comment, focus, corrects_id, created_by, created_at, updated_at)
                        VALUES (:t, :y, :m, 'DRAFT', :title, :intro, :clearance, :letters, :archive, :focus, :corrects,
                                :by, :now, :now)""")
                .param("t", township).param("y", year).param("m", month)
                .param("title", "关于" + year + "年" + month + "月清廉村居建设工作情况的通报")
                .param("intro", n.intro()).param("clearance", n.clearance()).param("letters", n.letters())
                .param("archive", n.archive()).param("focus", n.focus()).param("corrects", corrects)
                .param("by", by).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static void validMonth(int year, int month) {
        if (year < 2000 || year > 2100 || month < 1 || month > 12) {
            throw new ValidationFailedException("month", "请选择正确的年份和月份");
        }
    }

    /** The township the user drafts for: their own, or the first of their district. */
    private long township(PortalUser u) {
        if (u.scope().townshipId() != null) {
            return u.scope().townshipId();
        }
        return jdbc.sql("SELECT id FROM township WHERE district_id = :d ORDER BY id LIMIT 1")
                .param("d", u.scope().districtId()).query(Long.class).optional()
                .orElseThrow(() -> new AccessDeniedException("您的权限范围内没有乡镇"));
    }

    private long townshipOf(long id) {
        return jdbc.sql("SELECT township_id FROM bulletin WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private String organ(String townshipName) {
        String configured = properties.organisation().bulletinOrgan();
        return configured.isBlank() ? townshipName + "清廉村居建设工作领导小组办公室" : configured;
    }

    private String copyTo() {
        return properties.organisation().bulletinCopyTo();
    }

    private static String title(BulletinRow r) {
        return r.title();
    }

    private static String corrects(BulletinRow r) {
        return r.correctsNumber() == null ? "" : "（本期更正" + r.correctsNumber() + "，原通报作废）";
    }

    private static BulletinRow row(ResultSet rs, int i) throws SQLException {
        return new BulletinRow(rs.getLong("id"), rs.getInt("version"), rs.getInt("year"), rs.getInt("month"),
                BulletinStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("document_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"),
                rs.getObject("issued_at", LocalDateTime.class), rs.getObject("corrects_id", Long.class),
                rs.getString("corrects_number"), rs.getString("created_by"));
    }
}
