package cn.qinglian.portal.e2e;

import cn.qinglian.portal.e2e.BrowserSession.LoginError;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins show the Chinese reason; fresh accounts keep the demo accounts unlocked for other tests. */
class LoginFailureBrowserTest extends BrowserTest {

    private static final String WRONG = "Wrong#Pass2026";

    @Autowired
    SecurityFixture fixture;

    @Test
    void wrongPasswordTellsHowManyAttemptsAreLeft() {
        String username = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, null);

        browser.submitLogin(username, WRONG);

        assertThat(browser.currentPath()).isEqualTo("/login?error");
        assertThat(browser.loginError()).isEqualTo(new LoginError("登录失败", "用户名或密码错误，再错 4 次账户将被锁定15分钟"));
    }

    @Test
    void unknownUserGetsTheSameVagueMessage() {
        browser.submitLogin("no_such_user", WRONG);

        assertThat(browser.loginError()).isEqualTo(new LoginError("登录失败", "用户名或密码错误"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String username = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, null);
        for (int left = 4; left >= 1; left--) {
            browser.submitLogin(username, WRONG);
            assertThat(browser.loginError().message()).isEqualTo("用户名或密码错误，再错 " + left + " 次账户将被锁定15分钟");
        }

        browser.submitLogin(username, WRONG);
        assertLocked();

        browser.submitLogin(username, SecurityFixture.PASSWORD);
        assertLocked();
        browser.screenshot("account-locked");
    }

    private void assertLocked() {
        assertThat(browser.onLoginPage()).isTrue();
        LoginError error = browser.loginError();
        assertThat(error.title()).isEqualTo("账户已锁定");
        assertThat(error.message()).startsWith("连续5次密码错误，账户已锁定15分钟")
                .endsWith("，请稍后再试或联系系统管理员解锁");
    }
}
