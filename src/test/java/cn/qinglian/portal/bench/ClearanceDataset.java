package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.clearance.ListKind;
import cn.qinglian.portal.clearance.Priority;
import cn.qinglian.portal.clearance.ProgressStep;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The clearance part of the bench database, generated once before the first clearance figure: 200,000
 * items over the first 300 villages (and some township-level items), each with one lead and usually one
 * sharing office of its township and a responsible person, in 10 batches per township, every status
 * (about 60 % closed), deadlines from two years back to one year ahead; and 1,000,000 timeline entries
 * (5 per item). Fixed seed.
 */
final class ClearanceDataset {

    static final int ITEMS = 200_000;
    static final int VILLAGES = 300;
    static final int PROGRESS_PER_ITEM = 5;
    static final int BATCHES = 10;

    private static boolean generated;

    private static final List<String> ITEM_COLUMNS = List.of("township_id", "village_id", "kind", "source", "batch",
            "code", "category", "title", "description", "measures", "deadline", "priority", "status", "closed_at",
            "closed_by", "close_opinion", "version", "created_by", "created_at", "updated_at");
    private static final List<String> TITLES = List.of("村级财务票据报销手续不全", "集体资产租赁合同到期未重新招租",
            "村务公开栏内容更新不及时", "小额工程未履行事前报备程序", "惠民补贴发放名单未经公示", "三会一课记录不规范",
            "村级工程结算审核把关不严", "党员发展程序材料缺失", "村规民约修订未经村民代表会议表决", "大额支出未履行五议两公开");

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2028);
    private final LocalDateTime now = LocalDateTime.now(BaseConfiguration.ZONE);
    private final LocalDate today = now.toLocalDate();

    private ClearanceDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Generates the clearance data into the bench database unless it is there already. */
    static synchronized void ensure(ConfigurableApplicationContext app) {
        if (generated) {
            return;
        }
        long started = System.nanoTime();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> new ClearanceDataset(jdbc).generate());
        jdbc.execute("ANALYZE TABLE clearance_item, clearance_item_office, clearance_item_person, clearance_progress");
        generated = true;
        Bench.log("generated %d clearance items, %d progress entries in %d ms".formatted(
                jdbc.queryForObject("SELECT COUNT(*) FROM clearance_item", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM clearance_progress", Integer.class),
                (System.nanoTime() - started) / 1_000_000));
    }

    /** The batch names of a township's generated items. */
    static String batch(int n) {
        return (2024 + n / 4) + "年区委第" + (n % 4 + 1) + "轮巡察（" + (n + 1) + "）";
    }

    private void generate() {
        // the first 300 villages with their townships, and each township's offices in plan order
        List<long[]> villages = new ArrayList<>();
        jdbc.query("SELECT township_id, id FROM village ORDER BY township_id, sort_order, id LIMIT " + VILLAGES,
                rs -> {
                    villages.add(new long[]{rs.getLong(1), rs.getLong(2)});
                });
        Map<Long, List<Long>> offices = new LinkedHashMap<>();
        jdbc.query("SELECT township_id, id FROM office ORDER BY township_id, sort_order, id",
                rs -> {
                    offices.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<@Nullable Object[]> items = new ArrayList<>(ITEMS);
        List<long[]> placed = new ArrayList<>(ITEMS); // {township, village or 0, lead, share or 0}
        Map<Long, Integer> perTownship = new LinkedHashMap<>();
        for (int i = 0; i < ITEMS; i++) {
            long[] at = villages.get(i % villages.size());
            long township = at[0];
            // every 20th item is township-level
            Long village = i % 20 == 19 ? null : at[1];
            int n = perTownship.merge(township, 1, Integer::sum);
            int batchNo = n % BATCHES;
            ListKind kind = switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> ListKind.PROBLEM;
                case 5, 6 -> ListKind.RESPONSIBILITY;
                default -> ListKind.TASK;
            };
            ClearanceSource source = ClearanceSource.values()[random.nextInt(5)];
            int s = random.nextInt(100);
            ClearanceStatus status = s < 60 ? ClearanceStatus.CLOSED : s < 75 ? ClearanceStatus.IN_PROGRESS
                    : s < 85 ? ClearanceStatus.AWAITING_CHECK : ClearanceStatus.PENDING;
            LocalDate deadline = today.minusDays(730).plusDays(random.nextInt(1095));
            LocalDateTime created = now.minusDays(30 + random.nextInt(700));
            boolean closed = status == ClearanceStatus.CLOSED;
            String title = TITLES.get(random.nextInt(TITLES.size()));
            items.add(new Object[]{township, village, kind.name(), source.name(), batch(batchNo), "Q" + n,
                    "巡察整改", title, "巡察发现：" + title, "限期整改，建立长效机制", deadline,
                    Priority.values()[random.nextInt(3)].name(), status.name(), closed ? created.plusDays(20) : null,
                    closed ? "纪检办" : null, closed ? "整改到位，同意销号" : null, 0, "bench", created, created});
            List<Long> townshipOffices = Objects.requireNonNull(offices.get(township));
            long lead = townshipOffices.get(random.nextInt(3) == 0 ? 0 : random.nextInt(townshipOffices.size()));
            long share = random.nextInt(4) == 0 ? 0 : townshipOffices.get(random.nextInt(townshipOffices.size()));
            placed.add(new long[]{township, village == null ? 0 : village, lead, share == lead ? 0 : share});
        }
        BulkInsert.insert(jdbc, "clearance_item", ITEM_COLUMNS, items);
        List<Long> ids = jdbc.queryForList("SELECT id FROM clearance_item WHERE created_by = 'bench' ORDER BY id", Long.class);
        List<@Nullable Object[]> links = new ArrayList<>();
        List<@Nullable Object[]> people = new ArrayList<>();
        List<@Nullable Object[]> progress = new ArrayList<>(ITEMS * PROGRESS_PER_ITEM);
        ProgressStep[] steps = {ProgressStep.CREATED, ProgressStep.REPORTED, ProgressStep.REPORTED,
                ProgressStep.SUBMITTED, ProgressStep.CLOSED};
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            long[] p = placed.get(i);
            links.add(new Object[]{id, p[2], "LEAD"});
            if (p[3] != 0) {
                links.add(new Object[]{id, p[3], "SHARE"});
            }
            people.add(new Object[]{id, 0, DatasetGenerator.displayName(random)});
            LocalDateTime at = now.minusDays(200);
            for (int k = 0; k < PROGRESS_PER_ITEM; k++) {
                at = at.plusDays(1 + random.nextInt(20));
                progress.add(new Object[]{id, p[0], p[1] == 0 ? null : p[1], steps[k].name(),
                        "第" + (k + 1) + "次报送：已按整改方案推进", "系统", at});
            }
        }
        BulkInsert.insert(jdbc, "clearance_item_office", List.of("item_id", "office_id", "role"), links);
        BulkInsert.insert(jdbc, "clearance_item_person", List.of("item_id", "person_key", "name"), people);
        BulkInsert.insert(jdbc, "clearance_progress", List.of("item_id", "township_id", "village_id", "step", "note",
                "actor_name", "at"), progress);
    }
}
