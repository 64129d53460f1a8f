package cn.qinglian.portal.organisation;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * On an empty database, creates the district, the township and the township offices that the
 * source plan names as lead and responsible units (牵头单位/责任单位).
 */
@Component
@org.springframework.core.annotation.Order(10)
public class OrganisationBootstrap implements org.springframework.boot.ApplicationRunner {

    /** The offices of the source plan, in the order the plan lists them. */
    public static final List<String> PLAN_OFFICES = List.of(
            "镇纪检办", "镇党建办（组织）", "镇党建办（宣传）", "镇社会事务办", "镇农办",
            "镇财政所", "镇村镇建设办", "镇综治办", "镇派出所");

    private static final Logger log = LoggerFactory.getLogger(OrganisationBootstrap.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PortalProperties properties;

    OrganisationBootstrap(JdbcClient jdbc, AuditLog audit, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(org.springframework.boot.ApplicationArguments args) {
        ensureTownship();
    }

    /** Returns the id of the first township, creating the tree if the database has none. */
    @Transactional
    public long ensureTownship() {
        var existing = jdbc.sql("SELECT MIN(id) FROM township").query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String districtName = properties.organisation().districtName();
        String townshipName = properties.organisation().townshipName();
        long districtId = insert("INSERT INTO district (name) VALUES (:n)", Map.of("n", districtName));
        audit.record("district", districtId, AuditAction.CREATE, null, Map.of("name", districtName));
        long townshipId = createTownship(districtId, townshipName);
        log.info("已创建组织机构：{} / {}", districtName, townshipName);
        return townshipId;
    }

    /** Creates a township with the plan's offices. */
    @Transactional
    public long createTownship(long districtId, String name) {
        long townshipId = insert("INSERT INTO township (district_id, name) VALUES (:d, :n)",
                Map.of("d", districtId, "n", name));
        audit.record("township", townshipId, AuditAction.CREATE, null, Map.of("districtId", districtId, "name", name));
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < PLAN_OFFICES.size(); i++) {
            long officeId = insert("""
                            INSERT INTO office (township_id, name, sort_order, active, created_at, updated_at)
                            VALUES (:t, :n, :s, TRUE, :now, :now)""",
                    Map.of("t", townshipId, "n", PLAN_OFFICES.get(i), "s", (i + 1) * 10, "now", now));
            audit.record("office", officeId, AuditAction.CREATE, null,
                    Map.of("townshipId", townshipId, "name", PLAN_OFFICES.get(i)));
        }
        return townshipId;
    }

    private long insert(String sql, Map<String, ?> params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }
}
