package cn.qinglian.portal.security;

import cn.qinglian.portal.base.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside demo mode: no demo data, and the first administrator comes from configuration. */
@SpringBootTest(properties = "portal.security.initial-admin-password=Start#2026ok")
@ActiveProfiles("test")
class ProductionStartTest {

    @Autowired JdbcClient jdbc;
    @Autowired PortalAuthenticationProvider provider;
    @Autowired AccountService accounts;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired cn.qinglian.portal.audit.AuditLog audit;
    @Autowired PortalProperties properties;

    @Test
    void firstAdministratorMustChangeTheConfiguredPasswordAndNoDemoDataExists() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM village WHERE demo").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM office").query(Integer.class).single()).isEqualTo(9);
        var auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "Start#2026ok"));
        var details = (PortalUser.Details) auth.getPrincipal();
        assertThat(details.user().roles()).containsExactly(Role.ADMIN);
        assertThat(jdbc.sql("SELECT must_change_password FROM app_user WHERE username = 'admin'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void refusesToStartWithDemoAccountsOrTheDemoPassword() {
        PortalProperties production = new PortalProperties(properties.dataDir(), properties.embeddedDb(),
                properties.organisation(), properties.security(), new PortalProperties.Demo(false));
        StartupAccounts startup = new StartupAccounts(jdbc, encoder, audit, production, Clock.systemDefaultZone());
        jdbc.sql("UPDATE app_user SET password_hash = :h WHERE username = 'admin'")
                .param("h", encoder.encode(PasswordPolicy.DEMO_PASSWORD)).update();
        assertThatThrownBy(() -> startup.run(null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("演示密码");
        jdbc.sql("UPDATE app_user SET demo = TRUE WHERE username = 'admin'").update();
        assertThatThrownBy(() -> startup.run(null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("演示账户");
    }
}
