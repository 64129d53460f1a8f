package cn.qinglian.portal.security;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PortalProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Start-up rules for accounts outside demo mode: refuse to run with demo accounts or the demo
 * password, and create the first administrator of an empty database — with the password from
 * PORTAL_ADMIN_PASSWORD, or a generated one printed once — who must change it at first sign-in.
 */
@Component
@Order(30)
class StartupAccounts implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PortalProperties properties;
    private final Clock clock;

    StartupAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, PortalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            return;
        }
        int demoAccounts = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo").query(Integer.class).single();
        if (demoAccounts > 0) {
            throw new IllegalStateException("数据库中有 " + demoAccounts + " 个演示账户，生产模式拒绝启动。"
                    + "请为生产环境使用新的数据目录（PORTAL_DATA_DIR）或新的数据库（PORTAL_DB_URL）。");
        }
        // the policy refuses the demo password everywhere a password is set, so only the default
        // account can still carry it (one bcrypt check, not one per administrator)
        boolean defaultPassword = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin' AND enabled")
                .query(String.class).list().stream().anyMatch(hash -> encoder.matches(PasswordPolicy.DEMO_PASSWORD, hash));
        if (defaultPassword) {
            throw new IllegalStateException("有管理员账户仍在使用演示密码，生产模式拒绝启动。请先修改该密码。");
        }
        int users = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
        if (users == 0) {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String configured = properties.security().initialAdminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? TemporaryPassword.generate() : configured;
        if (!generated) {
            PasswordPolicy.check(password).ifPresent(reason -> {
                throw new IllegalStateException("PORTAL_ADMIN_PASSWORD 不符合密码策略：" + reason);
            });
            if (password.equals(PasswordPolicy.DEMO_PASSWORD)) {
                throw new IllegalStateException("PORTAL_ADMIN_PASSWORD 不能使用演示密码");
            }
        }
        long township = jdbc.sql("SELECT MIN(id) FROM township").query(Long.class).single();
        long district = jdbc.sql("SELECT district_id FROM township WHERE id = :t").param("t", township)
                .query(Long.class).single();
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, scope_kind, district_id, township_id,
                                              enabled, must_change_password, password_changed_at, created_at, updated_at)
                        VALUES ('admin', '系统管理员', :hash, 'TOWNSHIP', :d, :t, TRUE, TRUE, :now, :now, :now)""")
                .param("hash", encoder.encode(password)).param("d", district).param("t", township).param("now", now)
                .update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO app_user_role (app_user, role) VALUES (:id, 'ADMIN')").param("id", id).update();
        audit.record("app_user", id, AuditAction.CREATE, null,
                Map.of("username", "admin", "roles", "ADMIN", "firstAdministrator", true));
        if (generated) {
            // printed once, on purpose outside the log files' formatting; it is never stored in clear text
            System.out.println("""

                    ================================================================
                     已创建初始管理员账户  用户名：admin   一次性密码：%s
                     该密码只显示这一次，首次登录时必须修改。
                    ================================================================
                    """.formatted(password));
        }
    }
}
