package cn.qinglian.portal.demo;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PortalProperties;
import cn.qinglian.portal.security.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Seeds a fictional demo township on the first start in demo mode: villages and communities and
 * one account per role, all flagged {@code demo} (production refuses to start with them).
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    /** Fictional names; 堃 and 喆 lie outside GB2312 on purpose. */
    static final List<String> VILLAGES = List.of("青溪村", "上塘村", "梅林村", "桥头村", "竹园村", "东山村",
            "西坞村", "南岙村", "堃山村");
    static final List<String> COMMUNITIES = List.of("喆溪社区", "新市社区", "溪南社区");

    /** username, display name, role, scope kind, unit name (village or office). */
    record Account(String username, String displayName, String role, String scopeKind, String unit) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "王管理（演示）", "ADMIN", "TOWNSHIP", ""),
            new Account("jijian", "李纪检（演示）", "DISCIPLINE", "TOWNSHIP", ""),
            new Account("dangjian", "陈党建（演示）", "PARTY_OFFICE", "TOWNSHIP", ""),
            new Account("nongban", "赵农办（演示）", "OFFICE", "OFFICE", "镇农办"),
            new Account("cunju", "周村居（演示）", "VILLAGE", "VILLAGE", "青溪村"),
            new Account("lingdao", "吴书记（演示）", "LEADER", "TOWNSHIP", ""));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PortalProperties properties;
    private final Clock clock;
    private final DemoCadres cadres;
    private final DemoLetters letters;
    private final DemoClearance clearance;
    private final DemoBulletins bulletins;

    DemoData(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, PortalProperties properties, Clock clock,
             DemoCadres cadres, DemoLetters letters, DemoClearance clearance, DemoBulletins bulletins) {
        this.bulletins = bulletins;
        this.letters = letters;
        this.clearance = clearance;
        this.cadres = cadres;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        // only an empty database gets demo data: never mix it into real records
        if (jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single() > 0) {
            if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo").query(Integer.class).single() == 0) {
                log.warn("数据库中已有非演示账户，未写入演示数据");
            }
            return;
        }
        long township = jdbc.sql("SELECT MIN(id) FROM township").query(Long.class).single();
        long district = jdbc.sql("SELECT district_id FROM township WHERE id = :t").param("t", township).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now(clock);
        int order = 10;
        for (String name : VILLAGES) {
            village(township, name, "VILLAGE", order += 10, now);
        }
        for (String name : COMMUNITIES) {
            village(township, name, "COMMUNITY", order += 10, now);
        }
        String hash = encoder.encode(PasswordPolicy.DEMO_PASSWORD);
        for (Account a : ACCOUNTS) {
            Long office = a.scopeKind().equals("OFFICE") ? id("SELECT id FROM office WHERE township_id = :t AND name = :n", township, a.unit()) : null;
            Long village = a.scopeKind().equals("VILLAGE") ? id("SELECT id FROM village WHERE township_id = :t AND name = :n", township, a.unit()) : null;
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO app_user (username, display_name, password_hash, scope_kind, district_id, township_id,
                                                  office_id, village_id, enabled, must_change_password, password_changed_at,
                                                  demo, created_at, updated_at)
                            VALUES (:u, :n, :h, :k, :d, :t, :o, :v, TRUE, FALSE, :now, TRUE, :now, :now)""")
                    .param("u", a.username()).param("n", a.displayName()).param("h", hash).param("k", a.scopeKind())
                    .param("d", district).param("t", township).param("o", office).param("v", village).param("now", now)
                    .update(keys);
            jdbc.sql("INSERT INTO app_user_role (app_user, role) VALUES (:id, :r)")
                    .param("id", keys.getKey().longValue()).param("r", a.role()).update();
        }
        List<Long> villages = jdbc.sql("SELECT id FROM village WHERE township_id = :t ORDER BY sort_order")
                .param("t", township).query(Long.class).list();
        int cadreCount = cadres.seed(township, villages, now);
        int letterCount = letters.seed(villages, now.toLocalDate());
        int clearanceCount = clearance.seed(township, villages, now);
        int bulletinCount = bulletins.seed(now.toLocalDate());
        audit.record("demo", "seed", AuditAction.CREATE, null, Map.of("villages", villages.size(),
                "accounts", ACCOUNTS.size(), "cadres", cadreCount, "letters", letterCount,
                "clearanceItems", clearanceCount, "bulletins", bulletinCount));
        log.info("已写入演示数据（虚构的乡镇、村居和每个角色一个演示账户，密码 {}）", PasswordPolicy.DEMO_PASSWORD);
    }

    private void village(long township, String name, String kind, int order, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO village (township_id, name, kind, sort_order, active, demo, created_at, updated_at)
                        VALUES (:t, :n, :k, :s, TRUE, TRUE, :now, :now)""")
                .param("t", township).param("n", name).param("k", kind).param("s", order).param("now", now).update();
    }

    private Long id(String sql, long township, String name) {
        return jdbc.sql(sql).param("t", township).param("n", name).query(Long.class).single();
    }
}
