package cn.qinglian.portal.audit;

import cn.qinglian.portal.base.CurrentActor;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The append-only audit log. Every service that changes a record calls {@link #record} inside its
 * own transaction, so the entry commits or rolls back with the change. Each entry carries the hash
 * of the one before it; {@link #verifyChain()} finds the first link that no longer matches.
 */
@Service
public class AuditLog {

    /** Entries younger than this are kept whatever an administrator asks. */
    public static final int RETENTION_MONTHS = 6;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final Map<String, String> SORT = Map.of(
            "at", "a.id", "actorName", "a.actor_name", "entity", "a.entity", "action", "a.action");

    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final Clock clock;
    private final NamedParameterJdbcTemplate batch;

    public AuditLog(JdbcClient jdbc, CurrentActor actor, Clock clock, NamedParameterJdbcTemplate batch) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    /** Records a change; {@code before}/{@code after} are snapshots (records or maps), null where none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, Object entityId, AuditAction action, @Nullable Object before,
                       @Nullable Object after) {
        CurrentActor.Ref who = actor.current();
        append(who, entity, String.valueOf(entityId), action,
                before == null ? null : AuditJson.write(before), after == null ? null : AuditJson.write(after));
    }

    /** One change of a bulk operation. */
    public record Change(Object entityId, AuditAction action, @Nullable Object before, @Nullable Object after) {
    }

    /**
     * Records many changes of one entity with one lock of the chain and one batch insert (imports of
     * thousands of rows); the chain is the same as if each had been recorded alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String entity, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        CurrentActor.Ref who = actor.current();
        String prev = jdbc.sql("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE").query(String.class).single();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> rows = new java.util.ArrayList<>(changes.size());
        for (Change c : changes) {
            String before = c.before() == null ? null : AuditJson.write(c.before());
            String after = c.after() == null ? null : AuditJson.write(c.after());
            String hash = hash(prev, at, who.id(), who.name(), entity, String.valueOf(c.entityId()), c.action(), before, after);
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("at", at);
            row.put("actorId", who.id());
            row.put("actorName", who.name());
            row.put("entity", entity);
            row.put("entityId", String.valueOf(c.entityId()));
            row.put("action", c.action().name());
            row.put("before", before);
            row.put("after", after);
            row.put("prev", prev);
            row.put("hash", hash);
            rows.add(row);
            prev = hash;
        }
        batch.batchUpdate("""
                        INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action,
                                               before_json, after_json, prev_hash, hash)
                        VALUES (:at, :actorId, :actorName, :entity, :entityId, :action, :before, :after, :prev, :hash)""",
                SqlParameterSourceUtils.createBatch(rows));
        jdbc.sql("UPDATE audit_chain SET last_hash = :hash WHERE id = 1").param("hash", prev).update();
    }

    private void append(CurrentActor.Ref who, String entity, String entityId, AuditAction action,
                        @Nullable String beforeJson, @Nullable String afterJson) {
        // Locking the head row serialises appends, so the chain stays one line even across instances.
        String prev = jdbc.sql("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query(String.class).single();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(prev, at, who.id(), who.name(), entity, entityId, action, beforeJson, afterJson);
        jdbc.sql("""
                        INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action,
                                               before_json, after_json, prev_hash, hash)
                        VALUES (:at, :actorId, :actorName, :entity, :entityId, :action, :before, :after, :prev, :hash)""")
                .param("at", at).param("actorId", who.id()).param("actorName", who.name())
                .param("entity", entity).param("entityId", entityId).param("action", action.name())
                .param("before", beforeJson).param("after", afterJson).param("prev", prev).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain SET last_hash = :hash WHERE id = 1").param("hash", hash).update();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditFilter filter, PageQuery page) {
        SqlWhere where = where(filter);
        return jdbc.sql("SELECT a.* FROM audit_log a WHERE " + where.sql()
                        + SqlOrder.orderAndPage(page, SORT, "a.id DESC", "a.id DESC"))
                .params(where.params()).query(AuditLog::map).list();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        SqlWhere where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_log a WHERE " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** The history of one record, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entity, Object entityId) {
        return jdbc.sql("SELECT a.* FROM audit_log a WHERE a.entity = :e AND a.entity_id = :id ORDER BY a.id")
                .param("e", entity).param("id", String.valueOf(entityId)).query(AuditLog::map).list();
    }

    /** Recomputes every hash from the anchor on; reports the first entry that does not match. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional
    public ChainVerification verifyChain() {
        String expectedPrev = jdbc.sql("SELECT anchor_hash FROM audit_chain WHERE id = 1").query(String.class).single();
        long lastId = 0;
        long checked = 0;
        ChainVerification result = null;
        while (result == null) {
            List<AuditEntry> chunk = jdbc.sql("SELECT * FROM audit_log WHERE id > :last ORDER BY id LIMIT 5000")
                    .param("last", lastId).query(AuditLog::map).list();
            if (chunk.isEmpty()) {
                result = new ChainVerification(checked, null, null);
                break;
            }
            for (AuditEntry e : chunk) {
                if (!e.prevHash().equals(expectedPrev)) {
                    result = new ChainVerification(checked, e.id(), "与上一条记录的链接不一致（记录被删除或插入）");
                    break;
                }
                String actual = hash(e.prevHash(), e.at(), e.actorId(), e.actorName(), e.entity(), e.entityId(),
                        e.action(), e.beforeJson(), e.afterJson());
                if (!actual.equals(e.hash())) {
                    result = new ChainVerification(checked, e.id(), "记录内容与其哈希不一致（记录被篡改）");
                    break;
                }
                checked++;
                expectedPrev = e.hash();
                lastId = e.id();
            }
        }
        append(actor.current(), "audit_log", "chain", AuditAction.VERIFY, null,
                AuditJson.write(Map.of("checked", result.entriesChecked(), "intact", result.intact(),
                        "firstBrokenId", Objects.requireNonNullElse(result.firstBrokenId(), 0L))));
        return result;
    }

    /**
     * Deletes entries older than {@code cutoff}, which must lie at least six months back. The
     * purge is itself recorded, and the chain stays verifiable from the oldest entry kept.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int purgeBefore(LocalDate cutoff) {
        requireOutsideRetention(cutoff, clock);
        LocalDateTime limit = cutoff.atStartOfDay();
        jdbc.sql("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE").query(String.class).single();
        Long firstKept = jdbc.sql("SELECT MIN(id) FROM audit_log WHERE at >= :limit").param("limit", limit)
                .query(Long.class).optional().orElse(null);
        int deleted;
        jdbc.sql("SET @portal_log_purge = :limit").param("limit", limit).update();
        try {
            deleted = jdbc.sql("DELETE FROM audit_log WHERE at < :limit" + (firstKept == null ? "" : " AND id < :first"))
                    .param("limit", limit).param("first", firstKept).update();
        } finally {
            jdbc.sql("SET @portal_log_purge = NULL").update();
        }
        if (firstKept != null) {
            jdbc.sql("UPDATE audit_chain SET anchor_hash = (SELECT prev_hash FROM audit_log WHERE id = :first) WHERE id = 1")
                    .param("first", firstKept).update();
        } else if (deleted > 0) {
            jdbc.sql("UPDATE audit_chain SET anchor_hash = last_hash WHERE id = 1").update();
        }
        append(actor.current(), "audit_log", "purge", AuditAction.PURGE, null,
                AuditJson.write(Map.of("before", cutoff, "deleted", deleted)));
        return deleted;
    }

    /** Throws when a purge would touch entries inside the retention period. */
    public static void requireOutsideRetention(LocalDate cutoff, Clock clock) {
        LocalDate latest = LocalDate.now(clock).minusMonths(RETENTION_MONTHS);
        if (cutoff.isAfter(latest)) {
            throw new IllegalArgumentException("日志至少保留 " + RETENTION_MONTHS + " 个月：只能清理 "
                    + latest.getYear() + "年" + latest.getMonthValue() + "月" + latest.getDayOfMonth() + "日之前的记录");
        }
    }

    static String hash(String prev, LocalDateTime at, @Nullable Long actorId, String actorName, String entity,
                       String entityId, AuditAction action, @Nullable String before, @Nullable String after) {
        String canonical = String.join("\u001f", prev, AT.format(at), String.valueOf(actorId), actorName, entity,
                entityId, action.name(), String.valueOf(before), String.valueOf(after));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Long actorId = rs.getObject("actor_id", Long.class);
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class), actorId, rs.getString("actor_name"), rs.getString("entity"),
                rs.getString("entity_id"), AuditAction.valueOf(rs.getString("action")), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static SqlWhere where(AuditFilter f) {
        return SqlWhere.of("1 = 1", Map.of())
                .andContains("a.actor_name", "actor", f.actor())
                .and("a.entity = :entity", "entity", f.entity())
                .and("a.entity_id = :entityId", "entityId", f.entityId())
                .and("a.action = :action", "action", f.action())
                .and("a.at >= :from", "from", f.from() == null ? null : f.from().atStartOfDay())
                .and("a.at < :to", "to", f.to() == null ? null : f.to().plusDays(1).atStartOfDay());
    }
}
