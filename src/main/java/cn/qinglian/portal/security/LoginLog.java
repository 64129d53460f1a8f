package cn.qinglian.portal.security;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import org.springframework.security.access.prepost.PreAuthorize;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The login log: every sign-in attempt, successful or not. Append-only like the audit log. */
@Service
public class LoginLog {

    private static final Map<String, String> SORT = Map.of("at", "l.id", "username", "l.username",
            "outcome", "l.outcome", "address", "l.address");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoginLog(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Written in its own transaction: a failed sign-in rolls nothing back, and is still logged. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, @Nullable Long userId, LoginOutcome outcome, @Nullable String address,
                       @Nullable String userAgent) {
        jdbc.sql("""
                        INSERT INTO login_log (at, username, user_id, success, outcome, address, user_agent)
                        VALUES (:at, :u, :id, :ok, :outcome, :address, :agent)""")
                .param("at", LocalDateTime.now(clock)).param("u", truncate(username, 64)).param("id", userId)
                .param("ok", outcome == LoginOutcome.SUCCESS).param("outcome", outcome.name())
                .param("address", truncate(address, 64)).param("agent", truncate(userAgent, 512)).update();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional(readOnly = true)
    public List<LoginLogEntry> list(LoginLogFilter filter, PageQuery page) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT l.* FROM login_log l WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "l.id DESC", "l.id DESC"))
                .params(w.params()).query(LoginLog::map).list();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DISCIPLINE')")
    @Transactional(readOnly = true)
    public int count(LoginLogFilter filter) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM login_log l WHERE " + w.sql()).params(w.params())
                .query(Integer.class).single();
    }

    /** Deletes entries older than the cutoff, which must lie at least six months back; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int purgeBefore(LocalDate cutoff) {
        AuditLog.requireOutsideRetention(cutoff, clock);
        LocalDateTime limit = cutoff.atStartOfDay();
        int deleted;
        jdbc.sql("SET @portal_log_purge = :limit").param("limit", limit).update();
        try {
            deleted = jdbc.sql("DELETE FROM login_log WHERE at < :limit").param("limit", limit).update();
        } finally {
            jdbc.sql("SET @portal_log_purge = NULL").update();
        }
        audit.record("login_log", "purge", AuditAction.PURGE, null, Map.of("before", cutoff, "deleted", deleted));
        return deleted;
    }

    private static SqlWhere where(LoginLogFilter f) {
        return SqlWhere.of("1 = 1", Map.of())
                .andContains("l.username", "username", f.username())
                .and("l.success = :success", "success", f.success())
                .and("l.outcome = :outcome", "outcome", f.outcome())
                .andContains("l.address", "address", f.address())
                .and("l.at >= :from", "from", f.from() == null ? null : f.from().atStartOfDay())
                .and("l.at < :to", "to", f.to() == null ? null : f.to().plusDays(1).atStartOfDay());
    }

    private static @Nullable String truncate(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static LoginLogEntry map(ResultSet rs, int i) throws SQLException {
        return new LoginLogEntry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class), rs.getString("username"),
                rs.getObject("user_id", Long.class), rs.getBoolean("success"), LoginOutcome.valueOf(rs.getString("outcome")),
                rs.getString("address"), rs.getString("user_agent"));
    }
}
