package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.organisation.OrganisationBootstrap;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The district-scale dataset, generated on top of what the application's own first start created
 * (the district, the first township with its plan offices, the first administrator): 20 townships
 * with the 9 plan offices each, 16 villages or communities per township, 3,000 users whose roles
 * and scopes are spread over district, townships, offices and villages, and the cadres with their
 * archive ({@link CadreDataset}). A fixed seed keeps every bench database alike, so figures of
 * different runs compare.
 */
final class DatasetGenerator {

    static final int TOWNSHIPS = 20;
    static final int VILLAGES_PER_TOWNSHIP = 16;
    static final int USERS = 3_000;
    static final int DISTRICT_USERS = 20;
    static final int USERS_PER_TOWNSHIP = 10;
    static final int USERS_PER_OFFICE = 5;
    /** An administrator whose scope is the whole district: the widest view of the users grid. */
    static final String DISTRICT_ADMIN = "bench_district_admin";
    /** DISCIPLINE for the whole district: sees and edits every cadre, ID numbers in full. */
    static final String DISTRICT_DISCIPLINE = "bench_district_discipline";

    private static final List<String> TOWNSHIP_NAMES = List.of("东湖镇", "西山镇", "南塘镇", "北坪镇", "青溪镇",
            "白沙镇", "石桥镇", "柳林镇", "花园镇", "新安镇", "长乐镇", "永丰镇", "太平镇", "龙泉镇", "桃源镇",
            "凤凰镇", "金山镇", "云峰镇", "清水镇", "河口镇", "平安镇");
    private static final List<String> VILLAGE_NAMES = List.of("张家", "李庄", "王岗", "刘湾", "陈塘", "杨柳",
            "黄土", "赵庄", "吴家", "周村", "前进", "红星", "新华", "光明", "胜利", "和平");
    /** Common surnames, repeated by rough frequency, so a one-character name filter finds a realistic share. */
    private static final String SURNAMES = "王王王王王王李李李李李李张张张张张刘刘刘刘陈陈陈陈杨杨杨黄黄赵赵吴吴周周徐孙马朱胡郭何林高罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文红玉兰";
    private static final List<List<Role>> DISTRICT_ROLES = List.of(List.of(Role.ADMIN), List.of(Role.LEADER),
            List.of(Role.DISCIPLINE), List.of(Role.PARTY_OFFICE), List.of(Role.LEADER, Role.DISCIPLINE));
    private static final List<List<Role>> TOWNSHIP_ROLES = List.of(List.of(Role.ADMIN), List.of(Role.DISCIPLINE),
            List.of(Role.DISCIPLINE), List.of(Role.PARTY_OFFICE), List.of(Role.PARTY_OFFICE), List.of(Role.LEADER),
            List.of(Role.LEADER, Role.DISCIPLINE), List.of(Role.DISCIPLINE, Role.PARTY_OFFICE),
            List.of(Role.PARTY_OFFICE), List.of(Role.DISCIPLINE));
    private static final List<String> USER_COLUMNS = List.of("username", "display_name", "password_hash",
            "scope_kind", "district_id", "township_id", "office_id", "village_id", "enabled", "must_change_password",
            "password_changed_at", "failed_attempts", "locked_until", "last_login_at", "created_at", "updated_at");

    private final JdbcTemplate jdbc;
    private final String passwordHash;
    private final Random random = new Random(2026);
    private final LocalDateTime now = LocalDateTime.now(BaseConfiguration.ZONE);
    private final List<@Nullable Object[]> userRows = new ArrayList<>();
    private final List<List<Role>> userRoles = new ArrayList<>();

    private DatasetGenerator(JdbcTemplate jdbc, String passwordHash) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
    }

    static Dataset generate(ConfigurableApplicationContext context) {
        long started = System.nanoTime();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // one bcrypt for everybody: 3,000 hashes would take minutes and measure nothing
        String hash = context.getBean(PasswordEncoder.class).encode(BenchEnv.ADMIN_PASSWORD);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> new DatasetGenerator(jdbc, hash).generate());
        // fresh statistics, as a live database has them: right after a bulk load the optimiser would
        // otherwise plan for the empty tables the migrations created
        jdbc.execute("ANALYZE TABLE township, office, village, app_user, app_user_role, cadre, cadre_position, "
                + "archive_entry, integrity_rating");
        Dataset dataset = Dataset.count(jdbc);
        Bench.log("generated " + dataset + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return dataset;
    }

    private void generate() {
        long district = Objects.requireNonNull(jdbc.queryForObject("SELECT MIN(id) FROM district", Long.class));
        List<Long> townships = townships(district);
        Map<Long, List<Long>> offices = offices(townships);
        Map<Long, List<Long>> villages = villages(townships);
        users(district, townships, offices, villages);
        CadreDataset.generate(jdbc, villages, now);
    }

    private List<Long> townships(long district) {
        Set<String> taken = new HashSet<>(jdbc.queryForList("SELECT name FROM township WHERE district_id = ?",
                String.class, district));
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (String name : TOWNSHIP_NAMES) {
            if (taken.size() + rows.size() < TOWNSHIPS && !taken.contains(name)) {
                rows.add(new Object[]{district, name});
            }
        }
        BulkInsert.insert(jdbc, "township", List.of("district_id", "name"), rows);
        return jdbc.queryForList("SELECT id FROM township WHERE district_id = ? ORDER BY id", Long.class, district);
    }

    /** The plan's offices in every township that lacks them, in the order and numbering of the bootstrap. */
    private Map<Long, List<Long>> offices(List<Long> townships) {
        Set<String> taken = new HashSet<>(jdbc.queryForList("SELECT CONCAT(township_id, '/', name) FROM office",
                String.class));
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (long township : townships) {
            for (int i = 0; i < OrganisationBootstrap.PLAN_OFFICES.size(); i++) {
                String name = OrganisationBootstrap.PLAN_OFFICES.get(i);
                if (!taken.contains(township + "/" + name)) {
                    rows.add(new Object[]{township, name, (i + 1) * 10, true, now, now});
                }
            }
        }
        BulkInsert.insert(jdbc, "office", List.of("township_id", "name", "sort_order", "active", "created_at",
                "updated_at"), rows);
        return idsByTownship("SELECT township_id, id FROM office ORDER BY township_id, sort_order, id");
    }

    private Map<Long, List<Long>> villages(List<Long> townships) {
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (int t = 0; t < townships.size(); t++) {
            for (int v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
                boolean community = v % 8 == 7;
                String name = VILLAGE_NAMES.get(v % VILLAGE_NAMES.size()) + (community ? "社区" : "村");
                rows.add(new Object[]{townships.get(t), name, community ? "COMMUNITY" : "VILLAGE",
                        "%02d%02d".formatted(t + 1, v + 1), (v + 1) * 10, true, now, now});
            }
        }
        BulkInsert.insert(jdbc, "village", List.of("township_id", "name", "kind", "code", "sort_order", "active",
                "created_at", "updated_at"), rows);
        return idsByTownship("SELECT township_id, id FROM village ORDER BY township_id, sort_order, id");
    }

    /** District, township and office staff first; village staff fill up to {@link #USERS}. */
    private void users(long district, List<Long> townships, Map<Long, List<Long>> offices,
                       Map<Long, List<Long>> villages) {
        int target = USERS - Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class));
        for (int i = 0; i < DISTRICT_USERS; i++) {
            user(i == 0 ? DISTRICT_ADMIN : null, ScopeKind.DISTRICT, district, null, null, null,
                    DISTRICT_ROLES.get(i % DISTRICT_ROLES.size()));
            if (i == 2) {
                pinDistrictDiscipline(userRows.getLast());
            }
        }
        for (long township : townships) {
            for (int i = 0; i < USERS_PER_TOWNSHIP; i++) {
                user(null, ScopeKind.TOWNSHIP, district, township, null, null, TOWNSHIP_ROLES.get(i % TOWNSHIP_ROLES.size()));
            }
            for (long office : offices.getOrDefault(township, List.of())) {
                for (int i = 0; i < USERS_PER_OFFICE; i++) {
                    user(null, ScopeKind.OFFICE, district, township, office, null, List.of(Role.OFFICE));
                }
            }
        }
        List<long[]> allVillages = new ArrayList<>();
        villages.forEach((township, ids) -> ids.forEach(id -> allVillages.add(new long[]{township, id})));
        for (int i = 0; userRows.size() < target; i++) {
            long[] at = allVillages.get(i % allVillages.size());
            user(null, ScopeKind.VILLAGE, district, at[0], null, at[1], List.of(Role.VILLAGE));
        }
        if (userRows.size() != target) {
            throw new IllegalStateException("the fixed staff (" + userRows.size() + ") exceed " + USERS + " users");
        }
        BulkInsert.insert(jdbc, "app_user", USER_COLUMNS, userRows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, username FROM app_user", rs -> {
            ids.put(rs.getString("username"), rs.getLong("id"));
        });
        List<@Nullable Object[]> roleRows = new ArrayList<>();
        for (int i = 0; i < userRows.size(); i++) {
            long id = ids.get((String) Objects.requireNonNull(userRows.get(i)[0]));
            userRoles.get(i).forEach(role -> roleRows.add(new Object[]{id, role.name()}));
        }
        BulkInsert.insert(jdbc, "app_user_role", List.of("app_user", "role"), roleRows);
    }

    private void user(@Nullable String username, ScopeKind kind, long district, @Nullable Long township,
                      @Nullable Long office, @Nullable Long village, List<Role> roles) {
        boolean special = username != null;
        boolean locked = !special && random.nextInt(100) == 0;
        LocalDateTime created = now.minusDays(random.nextInt(730)).minusMinutes(random.nextInt(1440));
        userRows.add(new @Nullable Object[]{
                special ? username : "u%05d".formatted(userRows.size() + 1), displayName(), passwordHash,
                kind.name(), district, township, office, village,
                special || random.nextInt(100) >= 3, // a few disabled
                !special && random.nextInt(100) < 5, // a few with a reset password
                created, locked ? 5 : 0, locked ? now.plusMinutes(15) : null,
                random.nextInt(100) < 80 ? now.minusMinutes(random.nextInt(60 * 24 * 60)) : null,
                created, created});
        userRoles.add(roles);
    }

    /**
     * The third district user holds DISCIPLINE alone: it becomes the cadre figures' user after its
     * random values were drawn, so the users (and the users grid figure) stay as before.
     */
    private void pinDistrictDiscipline(@Nullable Object[] row) {
        if (!userRoles.getLast().equals(List.of(Role.DISCIPLINE))) {
            throw new IllegalStateException("the third district user is not DISCIPLINE alone");
        }
        row[0] = DISTRICT_DISCIPLINE;
        row[8] = true; // enabled
        row[9] = false; // no password change pending
        row[11] = 0; // failed attempts
        row[12] = null; // not locked
    }

    private String displayName() {
        return displayName(random);
    }

    static String displayName(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(10) < 7) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private Map<Long, List<Long>> idsByTownship(String sql) {
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            ids.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getLong(2));
        });
        return ids;
    }
}
