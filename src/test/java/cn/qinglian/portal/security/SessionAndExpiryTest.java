package cn.qinglian.portal.security;

import cn.qinglian.portal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Idle sessions end after 30 minutes; a password older than the configured expiry must be changed. */
@IntegrationTest
@Import(SecurityFixture.class)
@TestPropertySource(properties = "portal.security.password-expiry-days=90")
class SessionAndExpiryTest {

    @Autowired ServerProperties server;
    @Autowired Environment environment;
    @Autowired SecurityFixture fixture;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void idleSessionsEndAfterThirtyMinutesAndHeartbeatsDoNotKeepThemAlive() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void anExpiredPasswordMustBeChanged() {
        String fresh = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        String stale = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        jdbc.sql("UPDATE app_user SET password_changed_at = :at WHERE username = :u")
                .param("at", LocalDateTime.now().minusDays(91)).param("u", stale).update();
        assertThat(fixture.as(fresh, () -> accounts.passwordChangeRequired())).isFalse();
        assertThat(fixture.as(stale, () -> accounts.passwordChangeRequired())).isTrue();
    }
}
