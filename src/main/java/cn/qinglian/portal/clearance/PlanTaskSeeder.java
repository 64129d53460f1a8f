package cn.qinglian.portal.clearance;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds the plan's 12 tasks as a task list (source 实施方案) in every township: one township-level
 * item per task with the plan's lead (LEAD) and responsible (SHARE) offices, and for tasks given to
 * 各村居 one item per active village under it. Idempotent: items are keyed by (township, batch, code)
 * and inserted with INSERT IGNORE, so a second run, or a second instance starting at the same time,
 * adds only what is missing (e.g. villages added since).
 */
@Component
@Order(30)
public class PlanTaskSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanTaskSeeder.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PlanTaskSeeder(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(@org.jspecify.annotations.Nullable ApplicationArguments args) {
        for (Long township : jdbc.sql("SELECT id FROM township ORDER BY id").query(Long.class).list()) {
            int added = seed(township);
            if (added > 0) {
                log.info("乡镇 {}：已按实施方案建立任务清单事项 {} 项", township, added);
            }
        }
    }

    /** Daily, so villages and townships added since get their share without a restart. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 20 0 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void daily() {
        run(null);
    }

    /** Adds the plan's task items missing in the township; returns how many were added. */
    @Transactional
    public int seed(long townshipId) {
        LocalDate deadline = LocalDate.of(DeadlineFlag.today(clock).getYear(), 12, 31);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Map<String, Object>> villages = jdbc.sql(
                        "SELECT id, name FROM village WHERE township_id = :t AND active ORDER BY sort_order, name")
                .param("t", townshipId).query().listOfRows();
        List<AuditLog.Change> changes = new ArrayList<>();
        for (PlanTasks.PlanTask task : PlanTasks.TASKS) {
            List<Long> leads = offices(townshipId, task.leadOffices());
            List<Long> shares = offices(townshipId, task.responsibleOffices());
            Optional<Long> added = insert(townshipId, null, null, task.code(), task, deadline, now);
            added.ifPresent(id -> {
                links(id, leads, shares);
                changes.add(new AuditLog.Change(id, AuditAction.CREATE, null, Map.of("code", task.code(), "title", task.title(),
                        "source", ClearanceSource.PLAN.name())));
            });
            long parent = jdbc.sql("SELECT id FROM clearance_item WHERE township_id = :t AND batch = :b AND code = :c")
                    .param("t", townshipId).param("b", PlanTasks.BATCH).param("c", task.code()).query(Long.class).single();
            if (!task.villages()) {
                continue;
            }
            for (Map<String, Object> v : villages) {
                long villageId = ((Number) v.get("id")).longValue();
                String code = task.villageCode(villageId);
                insert(townshipId, villageId, parent, code, task, deadline, now).ifPresent(id -> {
                    links(id, leads, List.of());
                    changes.add(new AuditLog.Change(id, AuditAction.CREATE, null, Map.of("code", code,
                            "title", task.title(), "village", v.get("name"), "source", ClearanceSource.PLAN.name())));
                });
            }
        }
        audit.recordAll(ClearanceService.ENTITY, changes);
        return changes.size();
    }

    private List<Long> offices(long townshipId, List<String> names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            jdbc.sql("SELECT id FROM office WHERE township_id = :t AND name = :n").param("t", townshipId).param("n", name)
                    .query(Long.class).optional().ifPresentOrElse(ids::add,
                            () -> log.warn("乡镇 {} 没有实施方案所列的科室「{}」", townshipId, name));
        }
        return ids;
    }

    private Optional<Long> insert(long townshipId, Long villageId, Long parentId, String code, PlanTasks.PlanTask task,
                                  LocalDate deadline, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int n = jdbc.sql("""
                        INSERT IGNORE INTO clearance_item (township_id, village_id, kind, source, batch, code, parent_id, category,
                                                           title, description, deadline, priority, status, version,
                                                           created_by, created_at, updated_at)
                        VALUES (:t, :v, 'TASK', 'PLAN', :b, :c, :p, :cat, :title, :text, :deadline, 'NORMAL', 'PENDING', 0,
                                '系统', :now, :now)""")
                .param("t", townshipId).param("v", villageId).param("b", PlanTasks.BATCH).param("c", code)
                .param("p", parentId).param("cat", "任务" + task.number()).param("title", task.title())
                .param("text", task.text()).param("deadline", deadline).param("now", now).update(keys);
        if (n == 0 || keys.getKey() == null) {
            return Optional.empty();
        }
        long id = keys.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:i, :t, :v, 'CREATED', '按实施方案建立', NULL, '系统', :now)""")
                .param("i", id).param("t", townshipId).param("v", villageId).param("now", now).update();
        return Optional.of(id);
    }

    private void links(long id, List<Long> leads, List<Long> shares) {
        for (Long o : leads) {
            jdbc.sql("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, 'LEAD')")
                    .param("i", id).param("o", o).update();
        }
        for (Long o : shares) {
            if (!leads.contains(o)) {
                jdbc.sql("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, 'SHARE')")
                        .param("i", id).param("o", o).update();
            }
        }
    }
}
