package cn.qinglian.portal.clearance;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.base.ImportProblem;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Import of inspection hand-over lists (xlsx). Every row is checked before anything is stored and
 * the problems are reported row by row in Chinese; a valid file is stored in one transaction.
 * Items are keyed by (batch, 编号): importing the same file again changes nothing, a corrected
 * file updates the open items it names. Thousands of rows go through batched SQL with the
 * organisation looked up once, not per row.
 */
@Service
public class ClearanceImport {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String NOT_XLSX = "文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传";
    static final String NO_DATA = "表格中没有清单数据：第1行为表头，请从第2行起填写";
    static final String MISSING_COLUMNS = "缺少必需的列：";
    static final String NO_TOWNSHIP = "请使用乡镇范围的账户导入（您的账户不属于某一个乡镇）";

    private static final Logger log = LoggerFactory.getLogger(ClearanceImport.class);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.BASIC_ISO_DATE);

    private final ClearanceService service;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ClearanceImport(ClearanceService service, CurrentUser currentUser, JdbcClient jdbc, NamedParameterJdbcTemplate batch,
                    AuditLog audit, Clock clock, TransactionTemplate transaction) {
        this.service = service;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** The template with drop-downs of the user's villages. */
    public byte[] template() {
        PortalUser user = service.requireManager();
        long township = township(user);
        return ImportTemplate.xlsx(
                jdbc.sql("SELECT name FROM village WHERE township_id = :t AND active ORDER BY sort_order, name")
                        .param("t", township).query(String.class).list(),
                jdbc.sql("SELECT name FROM office WHERE township_id = :t AND active ORDER BY sort_order, name")
                        .param("t", township).query(String.class).list());
    }

    private static long township(PortalUser user) {
        Long t = user.scope().townshipId();
        if (t == null) {
            throw new AccessDeniedException(NO_TOWNSHIP);
        }
        return t;
    }

    /** One parsed row: its cells by column, and what the checks found. */
    private static final class Line {
        final int row;
        final Map<ImportColumn, String> cells;
        final Map<ImportColumn, String> problems = new EnumMap<>(ImportColumn.class);
        @Nullable ListKind kind;
        @Nullable ClearanceSource source;
        @Nullable Long villageId;
        @Nullable LocalDate deadline;
        Priority priority = Priority.NORMAL;
        final List<Long> leads = new ArrayList<>();
        final List<Long> shares = new ArrayList<>();
        final List<String> people = new ArrayList<>();
        @Nullable Long existingId;

        Line(int row, Map<ImportColumn, String> cells) {
            this.row = row;
            this.cells = cells;
        }

        String get(ImportColumn c) {
            return cells.getOrDefault(c, "").strip();
        }

        String key() {
            return get(ImportColumn.BATCH) + "\u001f" + get(ImportColumn.CODE);
        }

        void problem(ImportColumn c, String reason) {
            problems.putIfAbsent(c, reason);
        }
    }

    public ImportResult run(byte[] xlsx, String fileName) {
        PortalUser user = service.requireManager();
        long township = township(user);
        if (xlsx.length > MAX_BYTES) {
            return ImportResult.refused("文件大小超过 10 MB，请拆分后分批导入");
        }
        List<Line> lines;
        try {
            lines = read(xlsx);
        } catch (Refusal e) {
            return ImportResult.refused(e.getMessage());
        }
        check(township, lines);
        List<ImportProblem> problems = new ArrayList<>();
        for (Line l : lines) {
            l.problems.forEach((c, reason) -> problems.add(new ImportProblem(l.row, c.header(), reason)));
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(lines.size(), problems);
        }
        int[] counts = Objects.requireNonNull(transaction.execute(s -> store(user, township, lines)));
        log.info("Hand-over list {} imported by {}: {} new, {} updated, {} unchanged", fileName, user.username(),
                counts[0], counts[1], counts[2]);
        return ImportResult.stored(lines.size(), counts[0], counts[1], counts[2]);
    }

    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    private static List<Line> read(byte[] xlsx) {
        if (xlsx.length < 4 || xlsx[0] != 0x50 || xlsx[1] != 0x4B) {
            throw new Refusal(NOT_XLSX);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new Refusal(NO_DATA);
            }
            Map<Integer, ImportColumn> columns = new HashMap<>();
            for (Cell cell : header) {
                ImportColumn.byHeader(cell.toString()).ifPresent(c -> columns.putIfAbsent(cell.getColumnIndex(), c));
            }
            List<String> missing = Arrays.stream(ImportColumn.values())
                    .filter(c -> c.required() && !columns.containsValue(c)).map(ImportColumn::header).toList();
            if (!missing.isEmpty()) {
                throw new Refusal(MISSING_COLUMNS + String.join("、", missing));
            }
            DataFormatter text = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                for (var e : columns.entrySet()) {
                    Cell cell = row.getCell(e.getKey());
                    if (cell == null) {
                        continue;
                    }
                    // only a cell formatted as a date is a date; a typed 20260630 stays text and is reported
                    String value = e.getValue() == ImportColumn.DEADLINE && cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)
                            ? DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate().toString()
                            : text.formatCellValue(cell);
                    if (!value.isBlank()) {
                        cells.put(e.getValue(), value);
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            if (lines.isEmpty()) {
                throw new Refusal(NO_DATA);
            }
            return lines;
        } catch (Refusal e) {
            throw e;
        } catch (Exception e) {
            throw new Refusal(NOT_XLSX);
        }
    }

    private void check(long township, List<Line> lines) {
        Map<String, Long> villages = names("SELECT name, id FROM village WHERE township_id = :t AND active", township);
        Map<String, Long> offices = names("SELECT name, id FROM office WHERE township_id = :t AND active", township);
        Set<String> batches = new HashSet<>();
        lines.forEach(l -> batches.add(l.get(ImportColumn.BATCH)));
        Map<String, Existing> existing = existing(township, batches);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, ListKind> kindInFile = new HashMap<>();
        for (Line l : lines) {
            String code = l.get(ImportColumn.CODE);
            String batchName = l.get(ImportColumn.BATCH);
            if (code.isEmpty()) {
                l.problem(ImportColumn.CODE, "请填写编号（同一批次内不重复，再次导入时按编号更新）");
            } else if (code.length() > 64) {
                l.problem(ImportColumn.CODE, "编号不超过64个字");
            }
            if (batchName.isEmpty()) {
                l.problem(ImportColumn.BATCH, "请填写批次，如：2026年区委第二轮巡察");
            } else if (batchName.length() > 100) {
                l.problem(ImportColumn.BATCH, "批次不超过100个字");
            }
            if (!code.isEmpty() && !batchName.isEmpty()) {
                Integer first = firstRow.putIfAbsent(l.key(), l.row);
                if (first != null) {
                    l.problem(ImportColumn.CODE, "与第" + first + "行的批次和编号重复");
                }
            }
            String kind = l.get(ImportColumn.KIND);
            l.kind = Arrays.stream(ListKind.values()).filter(k -> k.label().equals(kind) || k.shortLabel().equals(kind))
                    .findFirst().orElse(null);
            if (l.kind == null) {
                l.problem(ImportColumn.KIND, kind.isEmpty() ? "请填写清单类别" : "清单类别应为问题清单、责任清单或任务清单");
            } else if (!code.isEmpty()) {
                kindInFile.put(l.key(), l.kind);
            }
            String source = l.get(ImportColumn.SOURCE);
            l.source = Arrays.stream(ClearanceSource.values()).filter(s -> s.label().equals(source)).findFirst().orElse(null);
            if (l.source == null) {
                l.problem(ImportColumn.SOURCE, "来源应为" + String.join("、",
                        Arrays.stream(ClearanceSource.values()).map(ClearanceSource::label).toList()) + "之一");
            }
            String village = l.get(ImportColumn.VILLAGE);
            if (!village.isEmpty() && !village.equals("镇级")) {
                l.villageId = villages.get(village);
                if (l.villageId == null) {
                    l.problem(ImportColumn.VILLAGE, "村居「" + village + "」不存在或不在您的管理范围内（镇级事项请留空）");
                }
            }
            String title = l.get(ImportColumn.TITLE);
            if (title.isEmpty()) {
                l.problem(ImportColumn.TITLE, "请填写事项名称");
            } else if (title.length() > 200) {
                l.problem(ImportColumn.TITLE, "事项名称不超过200个字");
            }
            if (l.get(ImportColumn.CATEGORY).length() > 64) {
                l.problem(ImportColumn.CATEGORY, "问题类别不超过64个字");
            }
            offices(l, ImportColumn.LEAD_OFFICES, offices, l.leads);
            if (l.leads.isEmpty() && !l.problems.containsKey(ImportColumn.LEAD_OFFICES)) {
                l.problem(ImportColumn.LEAD_OFFICES, "请填写牵头单位（多个用顿号分隔）");
            }
            offices(l, ImportColumn.RESPONSIBLE_OFFICES, offices, l.shares);
            for (String name : ClearanceWriter.names(l.get(ImportColumn.PEOPLE))) {
                if (name.length() > 32) {
                    l.problem(ImportColumn.PEOPLE, "责任人姓名不超过32个字：" + name);
                }
                l.people.add(name);
            }
            l.deadline = date(l.get(ImportColumn.DEADLINE));
            if (l.deadline == null) {
                l.problem(ImportColumn.DEADLINE, l.get(ImportColumn.DEADLINE).isEmpty() ? "请填写整改期限"
                        : "整改期限不是有效日期（如 2026-06-30）");
            }
            String priority = l.get(ImportColumn.PRIORITY);
            if (!priority.isEmpty()) {
                Priority p = Arrays.stream(Priority.values()).filter(x -> x.label().equals(priority)).findFirst().orElse(null);
                if (p == null) {
                    l.problem(ImportColumn.PRIORITY, "优先级应为高、中或低");
                } else {
                    l.priority = p;
                }
            }
            Existing before = existing.get(l.key());
            if (before != null) {
                l.existingId = before.id();
            }
        }
        for (Line l : lines) {
            String parent = l.get(ImportColumn.PARENT);
            if (parent.isEmpty()) {
                continue;
            }
            String key = l.get(ImportColumn.BATCH) + "\u001f" + parent;
            ListKind parentKind = kindInFile.containsKey(key) ? kindInFile.get(key)
                    : existing.containsKey(key) ? existing.get(key).kind() : null;
            if (l.kind == ListKind.PROBLEM) {
                l.problem(ImportColumn.PARENT, "问题清单事项不能关联到其他问题，请删去关联问题编号");
            } else if (parentKind == null) {
                l.problem(ImportColumn.PARENT, "关联问题编号「" + parent + "」在本批次中不存在");
            } else if (parentKind != ListKind.PROBLEM) {
                l.problem(ImportColumn.PARENT, "关联的「" + parent + "」不是问题清单事项");
            }
        }
        for (Line l : lines) {
            Existing before = existing.get(l.key());
            if (before != null && before.status() == ClearanceStatus.CLOSED && l.problems.isEmpty()
                    && !before.signature().equals(signature(l, existing, kindInFile))) {
                l.problem(ImportColumn.CODE, "该事项已销号，不能通过导入修改；如需修改，请先重新打开");
            }
        }
    }

    private static void offices(Line l, ImportColumn column, Map<String, Long> offices, List<Long> into) {
        for (String name : ClearanceWriter.names(l.get(column))) {
            Long id = offices.get(name);
            if (id == null) {
                l.problem(column, "科室「" + name + "」不存在（请按科室名称填写，如：镇纪检办）");
            } else if (!into.contains(id)) {
                into.add(id);
            }
        }
    }

    static @Nullable LocalDate date(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private Map<String, Long> names(String sql, long township) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql(sql).param("t", township).query((RowCallbackHandler) rs -> m.put(rs.getString(1), rs.getLong(2)));
        return m;
    }

    /** An item already stored under a batch and code, with the signature of what an import may change. */
    private record Existing(long id, ListKind kind, ClearanceStatus status, String signature) {
    }

    private Map<String, Existing> existing(long township, Set<String> batches) {
        Map<String, Existing> m = new HashMap<>();
        if (batches.isEmpty()) {
            return m;
        }
        jdbc.sql("""
                        SELECT i.id, i.batch, i.code, i.kind, i.status, i.source, i.village_id, p.code AS parent_code,
                               i.category, i.title, i.description, i.measures, i.deadline, i.priority,
                               (SELECT GROUP_CONCAT(io.office_id ORDER BY io.office_id) FROM clearance_item_office io
                                 WHERE io.item_id = i.id AND io.role = 'LEAD') AS leads,
                               (SELECT GROUP_CONCAT(io.office_id ORDER BY io.office_id) FROM clearance_item_office io
                                 WHERE io.item_id = i.id AND io.role = 'SHARE') AS shares,
                               (SELECT GROUP_CONCAT(pp.name ORDER BY pp.person_key SEPARATOR '、') FROM clearance_item_person pp
                                 WHERE pp.item_id = i.id) AS people
                        FROM clearance_item i LEFT JOIN clearance_item p ON p.id = i.parent_id
                        WHERE i.township_id = :t AND i.batch IN (:b)""")
                .param("t", township).param("b", batches)
                .query((RowCallbackHandler) rs -> {
                    String sig = String.join("\u001f", rs.getString("kind"), rs.getString("source"),
                            String.valueOf(rs.getObject("village_id", Long.class)), nz(rs.getString("parent_code")),
                            nz(rs.getString("category")), rs.getString("title"), nz(rs.getString("description")),
                            nz(rs.getString("measures")), String.valueOf(rs.getObject("deadline", LocalDate.class)),
                            rs.getString("priority"), nz(rs.getString("leads")), nz(rs.getString("shares")),
                            nz(rs.getString("people")));
                    m.put(rs.getString("batch") + "\u001f" + rs.getString("code"), new Existing(rs.getLong("id"),
                            ListKind.valueOf(rs.getString("kind")), ClearanceStatus.valueOf(rs.getString("status")), sig));
                });
        return m;
    }

    private static String signature(Line l, Map<String, Existing> existing, Map<String, ListKind> kinds) {
        List<Long> leads = l.leads.stream().sorted().toList();
        List<Long> shares = l.shares.stream().filter(s -> !l.leads.contains(s)).sorted().toList();
        return String.join("\u001f", Objects.requireNonNull(l.kind).name(), Objects.requireNonNull(l.source).name(),
                String.valueOf(l.villageId), l.get(ImportColumn.PARENT), l.get(ImportColumn.CATEGORY),
                l.get(ImportColumn.TITLE), l.get(ImportColumn.DESCRIPTION), l.get(ImportColumn.MEASURES),
                String.valueOf(l.deadline), l.priority.name(), join(leads), join(shares), String.join("、", l.people));
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** Stores the checked rows; returns {created, updated, unchanged}. Runs in one transaction. */
    private int[] store(PortalUser user, long township, List<Line> lines) {
        Set<String> batches = new LinkedHashSet<>();
        lines.forEach(l -> batches.add(l.get(ImportColumn.BATCH)));
        Map<String, Existing> existing = existing(township, batches);
        Map<String, ListKind> kinds = new HashMap<>();
        lines.forEach(l -> kinds.put(l.key(), l.kind));
        LocalDateTime now = LocalDateTime.now(clock);
        List<Line> created = new ArrayList<>();
        List<Line> updated = new ArrayList<>();
        int unchanged = 0;
        for (Line l : lines) {
            Existing before = existing.get(l.key());
            if (before == null) {
                created.add(l);
            } else if (before.signature().equals(signature(l, existing, kinds))) {
                unchanged++;
            } else {
                l.existingId = before.id();
                updated.add(l);
            }
        }
        Map<String, Object>[] inserts = created.stream().map(l -> fields(l, township, user, now)).toArray(Map[]::new);
        batch.batchUpdate("""
                        INSERT INTO clearance_item (township_id, village_id, kind, source, batch, code, category, title,
                                                    description, measures, deadline, priority, status, version,
                                                    created_by, created_at, updated_at)
                        VALUES (:t, :v, :kind, :source, :batch, :code, :category, :title, :description, :measures,
                                :deadline, :priority, 'PENDING', 0, :by, :now, :now)""",
                SqlParameterSourceUtils.createBatch(inserts));
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, batch, code FROM clearance_item WHERE township_id = :t AND batch IN (:b)")
                .param("t", township).param("b", batches)
                .query((RowCallbackHandler) rs -> ids.put(rs.getString("batch") + "\u001f" + rs.getString("code"), rs.getLong("id")));
        Map<String, Object>[] changes = updated.stream().map(l -> {
            Map<String, Object> m = fields(l, township, user, now);
            m.put("id", l.existingId);
            return m;
        }).toArray(Map[]::new);
        int[] counts = batch.batchUpdate("""
                        UPDATE clearance_item SET village_id = :v, kind = :kind, source = :source, category = :category,
                               title = :title, description = :description, measures = :measures, deadline = :deadline,
                               priority = :priority, version = version + 1, updated_at = :now,
                               overdue_since = CASE WHEN :deadline <= deadline THEN overdue_since END
                        WHERE id = :id AND status <> 'CLOSED'""", SqlParameterSourceUtils.createBatch(changes));
        // an item closed since the rows were checked must not be overwritten: refuse the whole import
        if (java.util.Arrays.stream(counts).anyMatch(n -> n == 0)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("导入期间有事项已被销号，请重新导入");
        }
        List<Line> written = new ArrayList<>(created);
        written.addAll(updated);
        if (!updated.isEmpty()) {
            List<Long> updatedIds = updated.stream().map(l -> l.existingId).toList();
            jdbc.sql("DELETE FROM clearance_item_office WHERE item_id IN (:ids)").param("ids", updatedIds).update();
            jdbc.sql("DELETE FROM clearance_item_person WHERE item_id IN (:ids)").param("ids", updatedIds).update();
        }
        List<Map<String, Object>> parents = new ArrayList<>();
        List<Map<String, Object>> officeRows = new ArrayList<>();
        List<Map<String, Object>> personRows = new ArrayList<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        Map<String, Long> cadres = cadres(township);
        List<AuditLog.Change> audited = new ArrayList<>();
        for (Line l : written) {
            long id = Objects.requireNonNull(ids.get(l.key()));
            String parent = l.get(ImportColumn.PARENT);
            Map<String, Object> p = new HashMap<>();
            p.put("id", id);
            p.put("parent", parent.isEmpty() ? null : ids.get(l.get(ImportColumn.BATCH) + "\u001f" + parent));
            parents.add(p);
            for (Long o : l.leads) {
                officeRows.add(Map.of("i", id, "o", o, "r", "LEAD"));
            }
            for (Long o : l.shares) {
                if (!l.leads.contains(o)) {
                    officeRows.add(Map.of("i", id, "o", o, "r", "SHARE"));
                }
            }
            for (int k = 0; k < l.people.size(); k++) {
                Map<String, Object> m = new HashMap<>();
                m.put("i", id);
                m.put("k", k);
                m.put("c", l.villageId == null ? null : cadres.get(l.villageId + "\u001f" + l.people.get(k)));
                m.put("n", l.people.get(k));
                personRows.add(m);
            }
            Map<String, Object> step = new HashMap<>();
            step.put("i", id);
            step.put("t", township);
            step.put("v", l.villageId);
            step.put("step", l.existingId == null ? ProgressStep.CREATED.name() : ProgressStep.EDITED.name());
            step.put("actor", user.id());
            step.put("name", user.displayName());
            step.put("now", now);
            steps.add(step);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("导入", l.get(ImportColumn.BATCH) + " / " + l.get(ImportColumn.CODE));
            after.put("title", l.get(ImportColumn.TITLE));
            after.put("deadline", String.valueOf(l.deadline));
            audited.add(new AuditLog.Change(id, l.existingId == null ? AuditAction.CREATE : AuditAction.UPDATE, null, after));
        }
        batch.batchUpdate("UPDATE clearance_item SET parent_id = :parent WHERE id = :id",
                SqlParameterSourceUtils.createBatch(parents));
        batch.batchUpdate("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, :r)",
                SqlParameterSourceUtils.createBatch(officeRows));
        batch.batchUpdate("INSERT INTO clearance_item_person (item_id, person_key, cadre_id, name) VALUES (:i, :k, :c, :n)",
                SqlParameterSourceUtils.createBatch(personRows));
        batch.batchUpdate("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:i, :t, :v, :step, '导入移交清单', :actor, :name, :now)""",
                SqlParameterSourceUtils.createBatch(steps));
        audit.recordAll(ClearanceService.ENTITY, audited);
        return new int[]{created.size(), updated.size(), unchanged};
    }

    /** Serving cadres by village and name, where the name is unique in its village. */
    private Map<String, Long> cadres(long township) {
        Map<String, Long> m = new HashMap<>();
        Set<String> twice = new HashSet<>();
        jdbc.sql("SELECT village_id, name, id FROM cadre WHERE township_id = :t AND status = 'SERVING'").param("t", township)
                .query((RowCallbackHandler) rs -> {
                    String key = rs.getLong(1) + "\u001f" + rs.getString(2);
                    if (m.putIfAbsent(key, rs.getLong(3)) != null) {
                        twice.add(key);
                    }
                });
        twice.forEach(m::remove);
        return m;
    }

    private static Map<String, Object> fields(Line l, long township, PortalUser user, LocalDateTime now) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", township);
        m.put("v", l.villageId);
        m.put("kind", Objects.requireNonNull(l.kind).name());
        m.put("source", Objects.requireNonNull(l.source).name());
        m.put("batch", l.get(ImportColumn.BATCH));
        m.put("code", l.get(ImportColumn.CODE));
        m.put("category", blankToNull(l.get(ImportColumn.CATEGORY)));
        m.put("title", l.get(ImportColumn.TITLE));
        m.put("description", blankToNull(l.get(ImportColumn.DESCRIPTION)));
        m.put("measures", blankToNull(l.get(ImportColumn.MEASURES)));
        m.put("deadline", l.deadline);
        m.put("priority", l.priority.name());
        m.put("by", user.username());
        m.put("now", now);
        return m;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
