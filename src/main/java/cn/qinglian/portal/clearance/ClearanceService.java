package cn.qinglian.portal.clearance;

import cn.qinglian.portal.attachment.AttachmentInfo;
import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.StoredFile;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The clearance lists and their rectification workflow. Who may do what:
 * <ul>
 *     <li>DISCIPLINE and PARTY_OFFICE create and edit items; LEADER reads only;</li>
 *     <li>the responsible village (VILLAGE users of the item's village) or office (OFFICE users of a lead or
 *     sharing office) report progress, submit for verification and ask for a later deadline;</li>
 *     <li>a verifier — DISCIPLINE, or an OFFICE user of a lead office — sends back or closes (销号, with
 *     evidence and an opinion); the same reopen with a reason;</li>
 *     <li>only DISCIPLINE approves a deadline extension.</li>
 * </ul>
 * Every query is limited by the user's scope in SQL; every step is audited and guarded by the item's version.
 */
@Service
public class ClearanceService {

    /** The entity name in the audit log. */
    public static final String ENTITY = "clearance_item";
    static final String PROGRESS_FILES = "clearance_progress";
    static final String EVIDENCE_FILES = "clearance_evidence";

    public static final String CONFLICT = "该事项已被他人修改（例如同事刚刚报送、验收或编辑），您的操作未保存。请刷新后查看最新内容再重试。";

    private static final Map<String, String> SORT = Map.ofEntries(
            Map.entry("deadline", "i.deadline"), Map.entry("code", "i.code"), Map.entry("title", "i.title"),
            Map.entry("batch", "i.batch"), Map.entry("villageName", "v.name"), Map.entry("kind", "i.kind"),
            Map.entry("status", "FIELD(i.status, 'PENDING', 'IN_PROGRESS', 'AWAITING_CHECK', 'CLOSED')"),
            Map.entry("priority", "FIELD(i.priority, 'HIGH', 'NORMAL', 'LOW')"), Map.entry("source", "i.source"));
    private static final String FROM = " FROM clearance_item i LEFT JOIN village v ON v.id = i.village_id ";
    private static final String COLUMNS = """
            SELECT i.id, i.code, i.kind, i.source, i.batch, i.village_id, v.name AS village_name, i.parent_id, i.title,
                   i.category, i.deadline, i.priority, i.status, i.extension_deadline, i.version,
                   (SELECT GROUP_CONCAT(o.name ORDER BY o.sort_order SEPARATOR '、') FROM clearance_item_office io
                     JOIN office o ON o.id = io.office_id WHERE io.item_id = i.id AND io.role = 'LEAD') AS lead_offices,
                   (SELECT GROUP_CONCAT(o.name ORDER BY o.sort_order SEPARATOR '、') FROM clearance_item_office io
                     JOIN office o ON o.id = io.office_id WHERE io.item_id = i.id AND io.role = 'SHARE') AS shared_offices,
                   (SELECT GROUP_CONCAT(p.name ORDER BY p.person_key SEPARATOR '、') FROM clearance_item_person p
                     WHERE p.item_id = i.id) AS people
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final AttachmentStore attachments;
    private final Clock clock;
    private final ClearanceWriter writer;

    ClearanceService(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit, AttachmentStore attachments, Clock clock,
                     ClearanceWriter writer) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
        this.writer = writer;
    }

    // ---------------------------------------------------------------- roles

    /** Creates, edits and imports items. */
    public static boolean manages(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    static boolean reads(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE, Role.OFFICE, Role.VILLAGE, Role.LEADER);
    }

    PortalUser requireReader() {
        PortalUser user = currentUser.require();
        if (!reads(user)) {
            throw new AccessDeniedException("您的角色无权查看清单事项");
        }
        return user;
    }

    PortalUser requireManager() {
        PortalUser user = currentUser.require();
        if (!manages(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以建立、修改和导入清单事项");
        }
        return user;
    }

    /** Whether the signed-in user may create and import items (for showing the buttons). */
    public boolean canManage() {
        return currentUser.get().map(ClearanceService::manages).orElse(false);
    }

    /** The facts about an item that decide who may act on it. */
    record Facts(long id, long townshipId, @Nullable Long villageId, ClearanceStatus status, int version,
                 LocalDate deadline, @Nullable LocalDate extensionDeadline, Set<Long> leadOffices,
                 Set<Long> sharedOffices) {
    }

    static boolean responsible(PortalUser user, Facts f) {
        Long village = user.scope().villageId();
        Long office = user.scope().officeId();
        return user.has(Role.VILLAGE) && village != null && village.equals(f.villageId())
                || user.has(Role.OFFICE) && office != null
                && (f.leadOffices().contains(office) || f.sharedOffices().contains(office));
    }

    static boolean verifier(PortalUser user, Facts f) {
        Long office = user.scope().officeId();
        return user.has(Role.DISCIPLINE) || user.has(Role.OFFICE) && office != null && f.leadOffices().contains(office);
    }

    static Set<ClearanceAction> actions(PortalUser user, Facts f) {
        Set<ClearanceAction> a = EnumSet.noneOf(ClearanceAction.class);
        boolean open = f.status().open();
        if (responsible(user, f) && (f.status() == ClearanceStatus.PENDING || f.status() == ClearanceStatus.IN_PROGRESS)) {
            a.add(ClearanceAction.REPORT);
            a.add(ClearanceAction.SUBMIT);
        }
        if (verifier(user, f) && f.status() == ClearanceStatus.AWAITING_CHECK) {
            a.add(ClearanceAction.SEND_BACK);
            a.add(ClearanceAction.CLOSE);
        }
        if (verifier(user, f) && f.status() == ClearanceStatus.CLOSED) {
            a.add(ClearanceAction.REOPEN);
        }
        if (open && f.extensionDeadline() == null && (responsible(user, f) || manages(user))) {
            a.add(ClearanceAction.REQUEST_EXTENSION);
        }
        if (user.has(Role.DISCIPLINE) && f.extensionDeadline() != null) {
            a.add(ClearanceAction.DECIDE_EXTENSION);
        }
        if (manages(user) && open) {
            a.add(ClearanceAction.EDIT);
        }
        return a;
    }

    // ---------------------------------------------------------------- reading

    static ScopeCondition scope(PortalUser user) {
        return user.scope().on("i.township_id").village("i.village_id")
                .officePredicate("EXISTS (SELECT 1 FROM clearance_item_office so WHERE so.item_id = i.id"
                        + " AND so.office_id = :scopeOfficeId)")
                .build();
    }

    LocalDate today() {
        return DeadlineFlag.today(clock);
    }

    @Transactional(readOnly = true)
    public List<ClearanceRow> list(ClearanceFilter filter, PageQuery page) {
        return list(filter, page, today());
    }

    /** The grid page as it reads on {@code today} (the date is a parameter so tests can cross month ends). */
    @Transactional(readOnly = true)
    List<ClearanceRow> list(ClearanceFilter filter, PageQuery page, LocalDate today) {
        SqlWhere w = where(requireReader(), filter, today);
        return page(w, page, today);
    }

    /**
     * A page in two steps: the ids of the page (filter, sort and limit on the indexed columns only), then
     * the rows with their office and people lists for just those ids. In one query MariaDB would work out
     * the lists for every matching row before sorting (tens of thousands at district scale).
     */
    private List<ClearanceRow> page(SqlWhere w, PageQuery page, LocalDate today) {
        List<Long> ids = jdbc.sql("SELECT i.id" + FROM + "WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "i.deadline", "i.id"))
                .params(w.params()).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ClearanceRow> rows = new HashMap<>();
        jdbc.sql(COLUMNS + FROM + "WHERE i.id IN (:pageIds)").param("pageIds", ids)
                .query((RowCallbackHandler) rs -> rows.put(rs.getLong("id"), row(rs, today)));
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public int count(ClearanceFilter filter) {
        return count(filter, today());
    }

    @Transactional(readOnly = true)
    int count(ClearanceFilter filter, LocalDate today) {
        SqlWhere w = where(requireReader(), filter, today);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** Streams every row of the filter (exports, print), without holding them all. */
    @Transactional(readOnly = true)
    public void forEach(ClearanceFilter filter, Consumer<ClearanceRow> sink) {
        LocalDate today = today();
        SqlWhere w = where(requireReader(), filter, today);
        jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql() + " ORDER BY i.batch, i.code, i.id").params(w.params())
                .query((RowCallbackHandler) rs -> sink.accept(row(rs, today)));
    }

    /** What an export gets per row besides the grid's columns. */
    public interface ExportSink {
        void accept(ClearanceRow row, String parentCode, String description, String measures);
    }

    /** Streams every row of the filter with the texts the grid leaves out (xlsx export). */
    @Transactional(readOnly = true)
    public void forEachForExport(ClearanceFilter filter, ExportSink sink) {
        LocalDate today = today();
        SqlWhere w = where(requireReader(), filter, today);
        jdbc.sql(COLUMNS + ", (SELECT p.code FROM clearance_item p WHERE p.id = i.parent_id) AS parent_code,"
                        + " i.description, i.measures" + FROM + "WHERE " + w.sql() + " ORDER BY i.batch, i.code, i.id")
                .params(w.params())
                .query((RowCallbackHandler) rs -> sink.accept(row(rs, today), nz(rs.getString("parent_code")),
                        nz(rs.getString("description")), nz(rs.getString("measures"))));
    }

    /** The batches in the user's scope, for the filter. */
    @Transactional(readOnly = true)
    public List<String> batches() {
        ScopeCondition s = scope(requireReader());
        return jdbc.sql("SELECT DISTINCT i.batch FROM clearance_item i WHERE " + s.sql() + " ORDER BY i.batch")
                .params(s.params()).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<ClearanceDetail> detail(long id) {
        PortalUser user = requireReader();
        LocalDate today = today();
        Optional<Facts> facts = facts(user, id, false);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        ClearanceRow row = list(ClearanceFilter.ALL, id, today).getFirst();
        More more = jdbc.sql("""
                        SELECT description, measures, extension_reason, closed_at, closed_by, close_opinion
                        FROM clearance_item WHERE id = :id""").param("id", id)
                .query((rs, i) -> new More(nz(rs.getString("description")), nz(rs.getString("measures")),
                        rs.getString("extension_reason"), rs.getObject("closed_at", LocalDateTime.class),
                        rs.getString("closed_by"), rs.getString("close_opinion"))).single();
        ClearanceRow parent = row.parentId() == null ? null
                : list(ClearanceFilter.ALL, row.parentId(), today).stream().findFirst().orElse(null);
        SqlWhere w = where(user, ClearanceFilter.ALL.withParent(id), today);
        List<ClearanceRow> linked = jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql()
                        + " ORDER BY FIELD(i.kind, 'PROBLEM', 'RESPONSIBILITY', 'TASK'), i.code, i.id LIMIT 500")
                .params(w.params()).query((rs, i) -> row(rs, today)).list();
        List<ProgressEntry> timeline = jdbc.sql("""
                        SELECT id, step, note, actor_name, at FROM clearance_progress WHERE item_id = :id ORDER BY id""")
                .param("id", id).query((rs, i) -> new ProgressEntry(rs.getLong("id"), ProgressStep.valueOf(rs.getString("step")),
                        nz(rs.getString("note")), rs.getString("actor_name"), rs.getObject("at", LocalDateTime.class), List.of()))
                .list().stream()
                .map(e -> new ProgressEntry(e.id(), e.step(), e.note(), e.actorName(), e.at(),
                        attachments.list(PROGRESS_FILES, e.id())))
                .toList();
        List<AttachmentInfo> evidence = attachments.list(EVIDENCE_FILES, id);
        return Optional.of(new ClearanceDetail(row, more.description(), more.measures(), parent, linked, timeline,
                evidence, more.extensionReason(), more.closedAt(), more.closedBy(), more.closeOpinion(),
                actions(user, facts.get())));
    }

    private record More(String description, String measures, @Nullable String extensionReason,
                        @Nullable LocalDateTime closedAt, @Nullable String closedBy, @Nullable String closeOpinion) {
    }

    /** The item as a draft for the edit form. */
    @Transactional(readOnly = true)
    public ClearanceItemDraft draft(long id) {
        PortalUser user = requireManager();
        Facts f = facts(user, id, false).orElseThrow(() -> new RecordNotFoundException("清单事项"));
        ClearanceItemDraft d = jdbc.sql("SELECT * FROM clearance_item WHERE id = :id").param("id", id).query((rs, i) -> {
            ClearanceItemDraft x = new ClearanceItemDraft();
            x.setId(rs.getLong("id"));
            x.setVersion(rs.getInt("version"));
            x.setKind(ListKind.valueOf(rs.getString("kind")));
            x.setSource(ClearanceSource.valueOf(rs.getString("source")));
            x.setBatch(rs.getString("batch"));
            x.setCode(rs.getString("code"));
            x.setParentId(rs.getObject("parent_id", Long.class));
            x.setVillageId(rs.getObject("village_id", Long.class));
            x.setCategory(rs.getString("category"));
            x.setTitle(rs.getString("title"));
            x.setDescription(rs.getString("description"));
            x.setMeasures(rs.getString("measures"));
            x.setDeadline(rs.getObject("deadline", LocalDate.class));
            x.setPriority(Priority.valueOf(rs.getString("priority")));
            return x;
        }).single();
        d.setLeadOfficeIds(f.leadOffices());
        d.setResponsibleOfficeIds(f.sharedOffices());
        d.setResponsiblePeople(String.join("、", jdbc.sql(
                "SELECT name FROM clearance_item_person WHERE item_id = :id ORDER BY person_key").param("id", id)
                .query(String.class).list()));
        return d;
    }

    private List<ClearanceRow> list(ClearanceFilter filter, long id, LocalDate today) {
        SqlWhere w = where(requireReader(), filter, today).and("i.id = :oneId", "oneId", id);
        return jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql()).params(w.params()).query((rs, i) -> row(rs, today)).list();
    }

    /** A file of an item (evidence or a progress report's), if the user may see the item. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(long itemId, long attachmentId) {
        PortalUser user = requireReader();
        if (facts(user, itemId, false).isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredFile> evidence = attachments.load(attachmentId, EVIDENCE_FILES)
                .filter(f -> f.info().ownerId() == itemId);
        if (evidence.isPresent()) {
            return evidence;
        }
        return attachments.load(attachmentId, PROGRESS_FILES).filter(f -> jdbc.sql(
                        "SELECT COUNT(*) FROM clearance_progress WHERE id = :p AND item_id = :i")
                .param("p", f.info().ownerId()).param("i", itemId).query(Integer.class).single() > 0);
    }

    // ---------------------------------------------------------------- boards and my work

    /** The clearance boards: by batch, and by village and office (optionally within one batch). */
    public record Boards(List<BoardRow> byBatch, List<BoardRow> byVillage, List<BoardRow> byOffice) {
    }

    @Transactional(readOnly = true)
    public Boards boards(@Nullable String batch) {
        return boards(batch, today());
    }

    @Transactional(readOnly = true)
    Boards boards(@Nullable String batch, LocalDate today) {
        PortalUser user = requireReader();
        ScopeCondition s = scope(user);
        String counts = " COUNT(*) AS total, SUM(i.status = 'CLOSED') AS closed,"
                + " SUM(i.status <> 'CLOSED' AND i.deadline < :today) AS overdue ";
        SqlWhere all = SqlWhere.of(s.sql(), s.params()).and("1 = 1", "today", today);
        SqlWhere inBatch = SqlWhere.of(s.sql(), s.params()).and("1 = 1", "today", today)
                .and("i.batch = :batch", "batch", batch);
        List<BoardRow> byBatch = jdbc.sql("SELECT i.batch AS k, i.batch AS label," + counts
                        + "FROM clearance_item i WHERE " + all.sql() + " GROUP BY i.batch ORDER BY i.batch")
                .params(all.params()).query(ClearanceService::board).list();
        List<BoardRow> byVillage = jdbc.sql("SELECT i.village_id AS k, COALESCE(MIN(v.name), '镇级事项') AS label," + counts
                        + "FROM clearance_item i LEFT JOIN village v ON v.id = i.village_id WHERE " + inBatch.sql()
                        + " GROUP BY i.village_id ORDER BY i.village_id IS NOT NULL, MIN(v.sort_order), label")
                .params(inBatch.params()).query(ClearanceService::board).list();
        List<BoardRow> byOffice = jdbc.sql("SELECT io.office_id AS k, MIN(o.name) AS label," + counts
                        + "FROM clearance_item i JOIN clearance_item_office io ON io.item_id = i.id"
                        + " JOIN office o ON o.id = io.office_id WHERE " + inBatch.sql()
                        + " GROUP BY io.office_id ORDER BY MIN(o.sort_order), label")
                .params(inBatch.params()).query(ClearanceService::board).list();
        return new Boards(byBatch, byVillage, byOffice);
    }

    private static BoardRow board(ResultSet rs, int i) throws SQLException {
        return new BoardRow(rs.getString("k"), rs.getString("label"), rs.getInt("total"), rs.getInt("closed"),
                rs.getInt("overdue"));
    }

    /** How many items wait for the signed-in user, per queue. */
    @Transactional(readOnly = true)
    public MyWork myWork() {
        PortalUser user = currentUser.require();
        if (!reads(user)) {
            return new MyWork(0, 0, 0);
        }
        return new MyWork(workCount(user, WorkKind.REPORT), workCount(user, WorkKind.VERIFY),
                workCount(user, WorkKind.APPROVE));
    }

    @Transactional(readOnly = true)
    public List<ClearanceRow> work(WorkKind kind, PageQuery page) {
        PortalUser user = requireReader();
        LocalDate today = today();
        return page(workWhere(user, kind, today), page, today);
    }

    @Transactional(readOnly = true)
    public int workCount(WorkKind kind) {
        return workCount(requireReader(), kind);
    }

    private int workCount(PortalUser user, WorkKind kind) {
        SqlWhere w = workWhere(user, kind, today());
        return jdbc.sql("SELECT COUNT(*) FROM clearance_item i WHERE " + w.sql()).params(w.params())
                .query(Integer.class).single();
    }

    private SqlWhere workWhere(PortalUser user, WorkKind kind, LocalDate today) {
        List<String> any = new ArrayList<>();
        switch (kind) {
            case REPORT -> {
                if (user.has(Role.VILLAGE) || user.has(Role.OFFICE)) {
                    // the scope already limits these users to their village's or office's items
                    any.add("i.status IN ('PENDING', 'IN_PROGRESS')");
                }
            }
            case VERIFY -> {
                if (user.has(Role.DISCIPLINE)) {
                    any.add("i.status = 'AWAITING_CHECK'");
                } else if (user.has(Role.OFFICE) && user.scope().officeId() != null) {
                    any.add("i.status = 'AWAITING_CHECK' AND EXISTS (SELECT 1 FROM clearance_item_office wo"
                            + " WHERE wo.item_id = i.id AND wo.office_id = :scopeOfficeId AND wo.role = 'LEAD')");
                }
            }
            case APPROVE -> {
                if (user.has(Role.DISCIPLINE)) {
                    any.add("i.extension_deadline IS NOT NULL");
                }
            }
        }
        String condition = any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
        return where(user, ClearanceFilter.ALL, today).andIf(true, condition);
    }

    // ---------------------------------------------------------------- creating and editing

    @Transactional
    public long create(ClearanceItemDraft draft) {
        PortalUser user = requireManager();
        if (draft.getId() != null) {
            throw new IllegalArgumentException("create takes a new draft");
        }
        ClearanceWriter.Checked checked = writer.check(user, draft);
        long id = writer.insert(checked, user);
        audit.record(ENTITY, id, AuditAction.CREATE, null, writer.snapshot(id));
        return id;
    }

    @Transactional
    public void update(ClearanceItemDraft draft) {
        PortalUser user = requireManager();
        long id = java.util.Objects.requireNonNull(draft.getId());
        Facts f = lockForChange(user, id, draft.getVersion() == null ? -1 : draft.getVersion());
        if (!f.status().open()) {
            throw new ValidationFailedException("", "已销号的事项不能修改；如需修改，请先重新打开");
        }
        ClearanceWriter.Checked checked = writer.check(user, draft);
        Map<String, Object> before = writer.snapshot(id);
        writer.update(id, f.version(), checked);
        step(f, user, ProgressStep.EDITED, "", null);
        audit.record(ENTITY, id, AuditAction.UPDATE, before, writer.snapshot(id));
    }

    /** Field errors of a draft (empty when valid): the form's and the import's rules are the same. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(ClearanceItemDraft draft) {
        try {
            writer.check(requireManager(), draft);
            return Map.of();
        } catch (ValidationFailedException e) {
            return e.fieldErrors();
        }
    }

    // ---------------------------------------------------------------- workflow

    /** 报送进展: the responsible village or office reports what it did; 待整改 becomes 整改中. */
    @Transactional
    public void report(long id, int version, String note, List<UploadedFile> files) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!responsible(user, f)) {
            throw new AccessDeniedException("只有责任村居或责任科室可以报送整改进展");
        }
        requireStatus(f, "报送进展", ClearanceStatus.PENDING, ClearanceStatus.IN_PROGRESS);
        requireText("note", note, "请填写整改进展");
        long entry = step(f, user, ProgressStep.REPORTED, note, null);
        for (UploadedFile file : files) {
            attachments.store(PROGRESS_FILES, entry, f.townshipId(), f.villageId(), file.name(), file.content());
        }
        move(f, ClearanceStatus.IN_PROGRESS, "", Map.of("报送进展", note, "附件数", files.size()));
    }

    /** 提交验收: the responsible side says the item is rectified, with evidence. */
    @Transactional
    public void submit(long id, int version, String note, List<UploadedFile> evidence) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!responsible(user, f)) {
            throw new AccessDeniedException("只有责任村居或责任科室可以提交验收");
        }
        requireStatus(f, "提交验收", ClearanceStatus.PENDING, ClearanceStatus.IN_PROGRESS);
        requireText("note", note, "请说明整改完成情况");
        for (UploadedFile file : evidence) {
            attachments.store(EVIDENCE_FILES, id, f.townshipId(), f.villageId(), file.name(), file.content());
        }
        step(f, user, ProgressStep.SUBMITTED, note, null);
        move(f, ClearanceStatus.AWAITING_CHECK, "", Map.of("整改情况", note, "佐证材料数", evidence.size()));
    }

    /** 退回整改: a verifier sends the item back with the reason. */
    @Transactional
    public void sendBack(long id, int version, String reason) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!verifier(user, f)) {
            throw new AccessDeniedException("只有镇纪检办或牵头单位可以验收或退回");
        }
        requireStatus(f, "退回整改", ClearanceStatus.AWAITING_CHECK);
        requireText("reason", reason, "请填写退回理由");
        step(f, user, ProgressStep.SENT_BACK, reason, null);
        move(f, ClearanceStatus.IN_PROGRESS, "", Map.of("退回理由", reason));
    }

    /** 验收销号: needs evidence on the item (or given now) and the verifier's opinion. */
    @Transactional
    public void close(long id, int version, String opinion, List<UploadedFile> evidence) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!verifier(user, f)) {
            throw new AccessDeniedException("只有镇纪检办或牵头单位可以验收销号");
        }
        requireStatus(f, "销号", ClearanceStatus.AWAITING_CHECK);
        Map<String, String> errors = new LinkedHashMap<>();
        if (opinion == null || opinion.isBlank()) {
            errors.put("opinion", "请填写验收意见");
        }
        if (evidence.isEmpty() && attachments.list(EVIDENCE_FILES, id).isEmpty()) {
            errors.put("evidence", "销号须有整改佐证材料，请上传后再销号");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        for (UploadedFile file : evidence) {
            attachments.store(EVIDENCE_FILES, id, f.townshipId(), f.villageId(), file.name(), file.content());
        }
        step(f, user, ProgressStep.CLOSED, opinion, null);
        jdbc.sql("UPDATE clearance_item SET closed_at = :now, closed_by = :by, close_opinion = :o WHERE id = :id")
                .param("now", LocalDateTime.now(clock)).param("by", user.displayName()).param("o", opinion.trim())
                .param("id", id).update();
        move(f, ClearanceStatus.CLOSED, "", Map.of("验收意见", opinion, "验收人", user.displayName()));
    }

    /** 重新打开: a closed item goes back to 整改中, with the reason. */
    @Transactional
    public void reopen(long id, int version, String reason) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!verifier(user, f)) {
            throw new AccessDeniedException("只有镇纪检办或牵头单位可以重新打开已销号的事项");
        }
        requireStatus(f, "重新打开", ClearanceStatus.CLOSED);
        requireText("reason", reason, "请填写重新打开的理由");
        step(f, user, ProgressStep.REOPENED, reason, null);
        jdbc.sql("UPDATE clearance_item SET closed_at = NULL, closed_by = NULL, close_opinion = NULL WHERE id = :id")
                .param("id", id).update();
        move(f, ClearanceStatus.IN_PROGRESS, "", Map.of("重新打开理由", reason));
    }

    /** 申请延期: a later deadline with a reason, waiting for DISCIPLINE's approval. */
    @Transactional
    public void requestExtension(long id, int version, @Nullable LocalDate newDeadline, String reason) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!responsible(user, f) && !manages(user)) {
            throw new AccessDeniedException("只有责任村居、责任科室或镇纪检办、镇党建办可以申请延期");
        }
        requireStatus(f, "申请延期", ClearanceStatus.PENDING, ClearanceStatus.IN_PROGRESS, ClearanceStatus.AWAITING_CHECK);
        if (f.extensionDeadline() != null) {
            throw new ValidationFailedException("", "该事项已有待审批的延期申请");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (newDeadline == null || !newDeadline.isAfter(f.deadline())) {
            errors.put("deadline", "新的整改期限须晚于原期限（" + f.deadline() + "）");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写延期理由");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        step(f, user, ProgressStep.EXTENSION_REQUESTED, "申请延期至 " + newDeadline + "：" + reason.trim(), null);
        jdbc.sql("UPDATE clearance_item SET extension_deadline = :d, extension_reason = :r, extension_by = :by WHERE id = :id")
                .param("d", newDeadline).param("r", reason.trim()).param("by", user.displayName()).param("id", id).update();
        move(f, f.status(), "", Map.of("申请延期至", newDeadline, "延期理由", reason));
    }

    /** 审批延期: DISCIPLINE approves (the deadline moves) or refuses, with a note. */
    @Transactional
    public void decideExtension(long id, int version, boolean approve, String note) {
        PortalUser user = requireReader();
        Facts f = lockForChange(user, id, version);
        if (!user.has(Role.DISCIPLINE)) {
            throw new AccessDeniedException("只有镇纪检办可以审批延期申请");
        }
        LocalDate requested = f.extensionDeadline();
        if (requested == null) {
            throw new ValidationFailedException("", "该事项没有待审批的延期申请");
        }
        if (!approve) {
            requireText("note", note, "不予延期时请填写理由");
        }
        String text = (approve ? "同意延期至 " + requested : "不同意延期") + (note == null || note.isBlank() ? "" : "：" + note.trim());
        step(f, user, approve ? ProgressStep.EXTENSION_APPROVED : ProgressStep.EXTENSION_REFUSED, text, null);
        if (approve) {
            jdbc.sql("""
                            UPDATE clearance_item SET deadline = extension_deadline,
                                   overdue_since = CASE WHEN extension_deadline < :today THEN overdue_since END
                            WHERE id = :id""").param("today", today()).param("id", id).update();
        }
        jdbc.sql("UPDATE clearance_item SET extension_deadline = NULL, extension_reason = NULL, extension_by = NULL WHERE id = :id")
                .param("id", id).update();
        move(f, f.status(), "", Map.of("延期审批", text, "原期限", f.deadline(), "新期限", approve ? requested : f.deadline()));
    }

    // ---------------------------------------------------------------- helpers

    /** The item locked for this transaction, if visible, at the version the user read; otherwise a refusal. */
    private Facts lockForChange(PortalUser user, long id, int expectedVersion) {
        Facts f = facts(user, id, true).orElseThrow(() -> new RecordNotFoundException("清单事项"));
        if (f.version() != expectedVersion) {
            throw new OptimisticLockingFailureException(CONFLICT);
        }
        return f;
    }

    private Optional<Facts> facts(PortalUser user, long id, boolean lock) {
        if (!reads(user)) {
            return Optional.empty();
        }
        ScopeCondition s = scope(user);
        Optional<Facts> base = jdbc.sql("""
                        SELECT i.id, i.township_id, i.village_id, i.status, i.version, i.deadline, i.extension_deadline
                        FROM clearance_item i WHERE i.id = :id AND """ + " " + s.sql() + (lock ? " FOR UPDATE" : ""))
                .param("id", id).params(s.params())
                .query((rs, i) -> new Facts(rs.getLong("id"), rs.getLong("township_id"), rs.getObject("village_id", Long.class),
                        ClearanceStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("extension_deadline", LocalDate.class),
                        new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>()))
                .optional();
        base.ifPresent(f -> jdbc.sql("SELECT office_id, role FROM clearance_item_office WHERE item_id = :id")
                .param("id", id).query((RowCallbackHandler) rs ->
                        ("LEAD".equals(rs.getString("role")) ? f.leadOffices() : f.sharedOffices()).add(rs.getLong("office_id"))));
        return base;
    }

    private static void requireStatus(Facts f, String what, ClearanceStatus... allowed) {
        for (ClearanceStatus s : allowed) {
            if (f.status() == s) {
                return;
            }
        }
        throw new ValidationFailedException("", "该事项当前为「" + f.status().label() + "」，不能" + what);
    }

    private static void requireText(String field, @Nullable String text, String message) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailedException(field, message);
        }
    }

    /** Appends a timeline entry; returns its id. */
    private long step(Facts f, PortalUser user, ProgressStep step, @Nullable String note, @Nullable LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:item, :t, :v, :step, :note, :actor, :name, :at)""")
                .param("item", f.id()).param("t", f.townshipId()).param("v", f.villageId()).param("step", step.name())
                .param("note", note == null || note.isBlank() ? null : note.trim()).param("actor", user.id())
                .param("name", user.displayName()).param("at", at == null ? LocalDateTime.now(clock) : at)
                .update(keys);
        return keys.getKey().longValue();
    }

    /** Sets the status (and bumps the version, guarded by the version read); audits the step. */
    private void move(Facts f, ClearanceStatus to, String unused, Map<String, ?> what) {
        int changed = jdbc.sql("""
                        UPDATE clearance_item SET status = :s, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :v""")
                .param("s", to.name()).param("now", LocalDateTime.now(clock)).param("id", f.id()).param("v", f.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException(CONFLICT);
        }
        Map<String, Object> after = new LinkedHashMap<>(what);
        after.put("状态", to.label());
        audit.record(ENTITY, f.id(), AuditAction.UPDATE, Map.of("状态", f.status().label(), "版本", f.version()), after);
    }

    private SqlWhere where(PortalUser user, ClearanceFilter f, LocalDate today) {
        ScopeCondition s = scope(user);
        return SqlWhere.of(s.sql(), s.params())
                .and("i.kind = :kind", "kind", f.kind())
                .and("i.source = :source", "source", f.source())
                .and("i.batch = :batch", "batch", f.batch())
                .and("i.village_id = :villageId", "villageId", f.villageId())
                .andIf(f.townshipLevel(), "i.village_id IS NULL")
                .and("EXISTS (SELECT 1 FROM clearance_item_office fo WHERE fo.item_id = i.id AND fo.office_id = :officeId)",
                        "officeId", f.officeId())
                .and("i.status = :status", "status", f.status())
                .and("i.status <> 'CLOSED' AND i.deadline < :overdueBefore", "overdueBefore", f.overdue() ? today : null)
                .and("i.status <> 'CLOSED' AND i.deadline >= :soonFrom AND i.deadline <= DATE_ADD(:soonFrom, INTERVAL "
                        + DeadlineFlag.SOON_DAYS + " DAY)", "soonFrom", f.dueSoon() ? today : null)
                .and("EXISTS (SELECT 1 FROM clearance_item_person fp WHERE fp.item_id = i.id AND fp.name LIKE :person)",
                        "person", f.person() == null || f.person().isBlank() ? null : SqlOrder.contains(f.person()))
                .and("EXISTS (SELECT 1 FROM clearance_item_person fc WHERE fc.item_id = i.id AND fc.cadre_id = :cadreId)",
                        "cadreId", f.cadreId())
                .and("i.parent_id = :parentId", "parentId", f.parentId())
                .andContains("i.title", "text", f.text())
                .and("i.township_id = :filterTownshipId", "filterTownshipId", f.townshipId())
                .andIf(f.openOnly(), "i.status <> 'CLOSED'")
                .and("i.category = :category", "category", f.category())
                .and("i.created_at >= :createdFrom", "createdFrom", f.createdFrom() == null ? null : f.createdFrom().atStartOfDay())
                .and("i.created_at < :createdBefore", "createdBefore", f.createdBefore() == null ? null : f.createdBefore().atStartOfDay())
                .and("i.closed_at >= :closedFrom", "closedFrom", f.closedFrom() == null ? null : f.closedFrom().atStartOfDay())
                .and("i.closed_at < :closedBefore", "closedBefore", f.closedBefore() == null ? null : f.closedBefore().atStartOfDay());
    }

    private static ClearanceRow row(ResultSet rs, LocalDate today) throws SQLException {
        ClearanceStatus status = ClearanceStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        return new ClearanceRow(rs.getLong("id"), rs.getString("code"), ListKind.valueOf(rs.getString("kind")),
                ClearanceSource.valueOf(rs.getString("source")), rs.getString("batch"),
                rs.getObject("village_id", Long.class), nz(rs.getString("village_name")).isEmpty() ? "镇级"
                : rs.getString("village_name"), rs.getObject("parent_id", Long.class), rs.getString("title"),
                nz(rs.getString("category")), nz(rs.getString("lead_offices")), nz(rs.getString("shared_offices")),
                nz(rs.getString("people")), deadline, Priority.valueOf(rs.getString("priority")), status,
                rs.getObject("extension_deadline", LocalDate.class), DeadlineFlag.of(deadline, status, today),
                rs.getInt("version"));
    }

    static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
