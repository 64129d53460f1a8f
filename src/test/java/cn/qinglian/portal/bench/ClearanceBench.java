package cn.qinglian.portal.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Objects;

/** What the clearance figures share: the dataset, and the township discipline clerk who reads it. */
final class ClearanceBench {

    private ClearanceBench() {
    }

    /** The township of the first generated items (about 10,500 items, 1,050 per batch). */
    static long township(ConfigurableApplicationContext app) {
        ClearanceDataset.ensure(app);
        return Objects.requireNonNull(app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT township_id FROM village ORDER BY township_id, sort_order, id LIMIT 1", Long.class));
    }

    /** A DISCIPLINE clerk (that role only) with the township's scope. */
    static String disciplineClerk(ConfigurableApplicationContext app) {
        long township = township(app);
        return Objects.requireNonNull(app.getBean(JdbcTemplate.class).queryForObject("""
                SELECT u.username FROM app_user u
                WHERE u.scope_kind = 'TOWNSHIP' AND u.township_id = ? AND u.enabled
                  AND (SELECT GROUP_CONCAT(r.role) FROM app_user_role r WHERE r.app_user = u.id) = 'DISCIPLINE'
                ORDER BY u.id LIMIT 1""", String.class, township));
    }
}
