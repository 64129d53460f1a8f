package cn.qinglian.portal.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Demo clearance items: a fictional 2026 inspection batch with one problem per demo village (the
 * first villages also with a responsibility and a task item), in every state — some closed with
 * evidence, some overdue, some waiting for verification.
 */
@Component
class DemoClearance {

    static final String BATCH = "2026年区委第二轮巡察（演示）";
    static final List<String> PROBLEMS = List.of("村级财务票据报销手续不全", "集体资产租赁合同到期未重新招租",
            "村务公开栏内容更新不及时", "小额工程未履行事前报备程序", "惠民补贴发放名单未经公示", "“三会一课”记录不规范",
            "村级工程结算审核把关不严", "党员发展程序材料缺失", "村规民约修订未经村民代表会议表决",
            "集体资金大额支出未履行“五议两公开”", "村监委会未列席两委会议", "廉政风险点排查不到位");

    private final JdbcClient jdbc;

    DemoClearance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int seed(long township, List<Long> villages, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        long discipline = office(township, "镇纪检办");
        long agriculture = office(township, "镇农办");
        long party = office(township, "镇党建办（组织）");
        int count = 0;
        for (int i = 0; i < villages.size(); i++) {
            long village = villages.get(i);
            String title = PROBLEMS.get(i % PROBLEMS.size());
            String status = switch (i % 4) {
                case 0 -> "CLOSED";
                case 1 -> "IN_PROGRESS";
                case 2 -> "AWAITING_CHECK";
                default -> "PENDING";
            };
            LocalDate deadline = switch (i % 4) {
                case 0 -> today.minusDays(20);
                case 1 -> today.minusDays(5 + i);
                case 2 -> today.plusDays(15);
                default -> today.plusDays(3 + i % 3);
            };
            String code = String.format("XC2026-%02d", i + 1);
            long problem = item(township, village, null, "PROBLEM", code, title, "巡察发现：" + title + "。",
                    "对照问题逐项整改，建立长效机制。", deadline, i % 3 == 0 ? "HIGH" : "NORMAL", status, now);
            link(problem, discipline, "LEAD");
            link(problem, i % 2 == 0 ? agriculture : party, "SHARE");
            person(problem, 0, "村党组织书记");
            history(problem, township, village, status, now);
            count++;
            if (i < 3) {
                long duty = item(township, village, problem, "RESPONSIBILITY", code + "-Z", "压实村党组织整改主体责任",
                        "村党组织书记为整改第一责任人。", "书记牵头研究整改方案并督促落实。", deadline, "NORMAL", status, now);
                link(duty, discipline, "LEAD");
                history(duty, township, village, status, now);
                long task = item(township, village, problem, "TASK", code + "-R", "完成问题整改并建立制度",
                        "按整改方案完成整改。", "整改完成后报镇纪检办验收。", deadline, "NORMAL", status, now);
                link(task, discipline, "LEAD");
                link(task, agriculture, "SHARE");
                history(task, township, village, status, now);
                count += 2;
            }
        }
        return count;
    }

    private long office(long township, String name) {
        return jdbc.sql("SELECT id FROM office WHERE township_id = :t AND name = :n").param("t", township).param("n", name)
                .query(Long.class).single();
    }

    private long item(long township, long village, Long parent, String kind, String code, String title, String description,
                      String measures, LocalDate deadline, String priority, String status, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        boolean closed = status.equals("CLOSED");
        jdbc.sql("""
                        INSERT INTO clearance_item (township_id, village_id, kind, source, batch, code, parent_id, category, title,
                                                    description, measures, deadline, priority, status, closed_at, closed_by,
                                                    close_opinion, version, created_by, created_at, updated_at)
                        VALUES (:t, :v, :kind, 'INSPECTION', :b, :c, :p, '巡察整改', :title, :d, :m, :deadline, :prio, :s,
                                :closedAt, :closedBy, :opinion, 0, 'jijian', :created, :now)""")
                .param("t", township).param("v", village).param("kind", kind).param("b", BATCH).param("c", code)
                .param("p", parent).param("title", title).param("d", description).param("m", measures)
                .param("deadline", deadline).param("prio", priority).param("s", status)
                .param("closedAt", closed ? now.minusDays(2) : null).param("closedBy", closed ? "李纪检（演示）" : null)
                .param("opinion", closed ? "经实地核查，整改到位，同意销号。" : null)
                .param("created", now.minusDays(40)).param("now", now).update(keys);
        return keys.getKey().longValue();
    }

    private void link(long item, long office, String role) {
        jdbc.sql("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, :r)")
                .param("i", item).param("o", office).param("r", role).update();
    }

    private void person(long item, int key, String name) {
        jdbc.sql("INSERT INTO clearance_item_person (item_id, person_key, cadre_id, name) VALUES (:i, :k, NULL, :n)")
                .param("i", item).param("k", key).param("n", name).update();
    }

    private void history(long item, long township, long village, String status, LocalDateTime now) {
        step(item, township, village, "CREATED", "导入巡察移交清单", "李纪检（演示）", now.minusDays(40));
        if (status.equals("PENDING")) {
            return;
        }
        step(item, township, village, "REPORTED", "已召开两委会研究整改方案，明确责任人和时限。", "周村居（演示）", now.minusDays(25));
        if (status.equals("IN_PROGRESS")) {
            return;
        }
        step(item, township, village, "SUBMITTED", "已完成整改，附整改报告。", "周村居（演示）", now.minusDays(5));
        byte[] evidence = "%PDF-1.4\n% 演示佐证材料\n".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("""
                        INSERT INTO attachment (township_id, village_id, owner_type, owner_id, file_name, content_type,
                                                size_bytes, sha256, content, uploaded_by, uploaded_at)
                        VALUES (:t, :v, 'clearance_evidence', :o, '整改报告（演示）.pdf', 'application/pdf', :size, :sha, :c,
                                'cunju', :at)""")
                .param("t", township).param("v", village).param("o", item).param("size", evidence.length)
                .param("sha", sha256(evidence)).param("c", evidence).param("at", now.minusDays(5)).update();
        if (status.equals("CLOSED")) {
            step(item, township, village, "CLOSED", "经实地核查，整改到位，同意销号。", "李纪检（演示）", now.minusDays(2));
        }
    }

    private void step(long item, long township, long village, String step, String note, String actor, LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:i, :t, :v, :s, :n, NULL, :a, :at)""")
                .param("i", item).param("t", township).param("v", village).param("s", step).param("n", note)
                .param("a", actor).param("at", at).update();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
