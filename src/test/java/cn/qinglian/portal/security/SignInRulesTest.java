package cn.qinglian.portal.security;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 等保 sign-in controls: lock after five failures, disabled accounts, login log, unlock. */
@IntegrationTest
@Import(SecurityFixture.class)
class SignInRulesTest {

    @Autowired SecurityFixture fixture;
    @Autowired PortalAuthenticationProvider provider;
    @Autowired UserService users;
    @Autowired LoginLog loginLog;
    @Autowired JdbcClient jdbc;

    private Authentication signIn(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void rightPasswordSignsInWithRolesAndScope() {
        long village = fixture.village("登录村" + System.nanoTime());
        String user = fixture.user(Role.VILLAGE, ScopeKind.VILLAGE, village);
        Authentication auth = signIn(user, SecurityFixture.PASSWORD);
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VILLAGE");
        PortalUser principal = ((PortalUser.Details) auth.getPrincipal()).user();
        assertThat(principal.scope()).isEqualTo(DataScope.village(fixture.township(), village));
    }

    @Test
    void fifthWrongPasswordLocksForFifteenMinutesEvenAgainstTheRightPassword() {
        String user = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        for (int attempt = 1; attempt <= 4; attempt++) {
            int left = 5 - attempt;
            assertThatThrownBy(() -> signIn(user, "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("用户名或密码错误，再错 " + left + " 次账户将被锁定15分钟");
        }
        assertThatThrownBy(() -> signIn(user, "wrong-password"))
                .isInstanceOf(LockedException.class).hasMessageStartingWith("连续5次密码错误，账户已锁定15分钟");
        assertThatThrownBy(() -> signIn(user, SecurityFixture.PASSWORD))
                .isInstanceOf(LockedException.class).hasMessageStartingWith("连续5次密码错误，账户已锁定15分钟");
        // times are stored in the township's zone (Asia/Shanghai), whatever the database server's zone
        java.time.LocalDateTime lockedUntil = jdbc.sql("SELECT locked_until FROM app_user WHERE username = :u")
                .param("u", user).query(java.time.LocalDateTime.class).single();
        long lockedMinutes = java.time.Duration.between(java.time.LocalDateTime.now(cn.qinglian.portal.base.BaseConfiguration.ZONE),
                lockedUntil).toMinutes();
        assertThat(lockedMinutes).isBetween(14L, 15L);

        String admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        List<LoginLogEntry> log = fixture.as(admin, () -> loginLog.list(
                new LoginLogFilter(user, null, null, null, null, null), PageQuery.first(10)));
        assertThat(log).extracting(LoginLogEntry::outcome).containsExactly(LoginOutcome.LOCKED, LoginOutcome.LOCKED_NOW,
                LoginOutcome.BAD_PASSWORD, LoginOutcome.BAD_PASSWORD, LoginOutcome.BAD_PASSWORD, LoginOutcome.BAD_PASSWORD);

        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", user).query(Long.class).single();
        fixture.as(admin, () -> users.unlock(id));
        assertThat(signIn(user, SecurityFixture.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void successResetsTheFailureCount() {
        String user = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(user, SecurityFixture.PASSWORD);
        assertThatThrownBy(() -> signIn(user, "wrong")).hasMessageContaining("再错 4 次");
    }

    @Test
    void disabledAndUnknownAccountsCannotSignIn() {
        String user = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :u").param("u", user).update();
        assertThatThrownBy(() -> signIn(user, SecurityFixture.PASSWORD))
                .isInstanceOf(DisabledException.class).hasMessage("账户已停用，请联系系统管理员");
        assertThatThrownBy(() -> signIn("no-such-user", "whatever1A!"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("用户名或密码错误");
    }
}
