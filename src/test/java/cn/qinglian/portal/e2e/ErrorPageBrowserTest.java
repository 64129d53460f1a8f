package cn.qinglian.portal.e2e;

import cn.qinglian.portal.security.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed-in users get the Chinese error pages inside the shell, not a stack trace or an English page. */
class ErrorPageBrowserTest extends BrowserTest {

    @Test
    void villageUserOpeningUserAdministrationIsDenied() {
        browser.signIn("cunju", PasswordPolicy.DEMO_PASSWORD);

        browser.open("/admin/users");

        assertThat(browser.errorHeading()).isEqualTo("无权访问");
        assertThat(browser.title()).isEqualTo("无权访问");
        assertThat(browser.navItems()).containsExactly("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "报表中心");
        browser.screenshot("access-denied");
    }

    @Test
    void unknownAddressShowsNotFound() {
        browser.signIn("cunju", PasswordPolicy.DEMO_PASSWORD);

        browser.open("/no-such-page");

        assertThat(browser.errorHeading()).isEqualTo("页面不存在");
        assertThat(browser.title()).isEqualTo("页面不存在");
    }
}
