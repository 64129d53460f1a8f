package cn.qinglian.portal.clearance;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily overdue check: marks open items whose deadline has passed (once per item), with a
 * timeline entry and an audit entry. Safe with several application instances: the first instance
 * to insert the day's row in {@code clearance_job_run} does the work, any other finds it there;
 * and the marking UPDATE only touches items not marked yet. Reads compute overdue themselves, so
 * nothing depends on the job having run.
 */
@Component
public class OverdueJob {

    static final String JOB = "overdue";
    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditLog audit;
    private final Clock clock;

    OverdueJob(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.clock = clock;
    }

    /** Ten past midnight, Beijing time. */
    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @Transactional // the scheduler calls through the proxy; markOverdue below is a self-call and joins this one
    public void daily() {
        int marked = markOverdue(DeadlineFlag.today(clock));
        if (marked > 0) {
            log.info("清单事项逾期检查：新标记 {} 项逾期", marked);
        }
    }

    /** Marks the items overdue on {@code today}; returns how many this run marked (0 if the day already ran). */
    @Transactional
    public int markOverdue(LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock);
        int claimed = jdbc.sql("INSERT IGNORE INTO clearance_job_run (job, run_on, started_at) VALUES (:job, :day, :now)")
                .param("job", JOB).param("day", today).param("now", now).update();
        if (claimed == 0) {
            return 0;
        }
        List<Map<String, Object>> items = jdbc.sql("""
                        SELECT id, township_id, village_id, deadline FROM clearance_item
                        WHERE overdue_since IS NULL AND status <> 'CLOSED' AND deadline < :today FOR UPDATE""")
                .param("today", today).query().listOfRows();
        if (items.isEmpty()) {
            return 0;
        }
        int marked = jdbc.sql("""
                        UPDATE clearance_item SET overdue_since = :today
                        WHERE overdue_since IS NULL AND status <> 'CLOSED' AND deadline < :today""")
                .param("today", today).update();
        List<Map<String, Object>> steps = items.stream().map(i -> {
            Map<String, Object> m = new HashMap<>();
            m.put("item", i.get("id"));
            m.put("t", i.get("township_id"));
            m.put("v", i.get("village_id"));
            m.put("note", "整改期限 " + i.get("deadline") + " 已过，事项未销号");
            m.put("at", now);
            return m;
        }).toList();
        batch.batchUpdate("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:item, :t, :v, 'OVERDUE', :note, NULL, '系统', :at)""",
                SqlParameterSourceUtils.createBatch(steps));
        audit.recordAll(ClearanceService.ENTITY, items.stream().map(i -> new AuditLog.Change(i.get("id"), AuditAction.UPDATE,
                null, Map.of("逾期", today.toString()))).toList());
        jdbc.sql("UPDATE clearance_job_run SET marked = :n WHERE job = :job AND run_on = :day")
                .param("n", marked).param("job", JOB).param("day", today).update();
        return marked;
    }
}
