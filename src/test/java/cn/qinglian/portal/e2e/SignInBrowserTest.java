package cn.qinglian.portal.e2e;

import cn.qinglian.portal.security.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every demo account signs in through the real login page and sees exactly the views its role may open. */
class SignInBrowserTest extends BrowserTest {

    /** From the views' @Menu and @RolesAllowed/@PermitAll, in @Menu order. */
    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                arguments("admin", "王管理（演示）", List.of("工作台", "乡镇", "村居", "科室", "用户管理", "审计日志", "登录日志")),
                arguments("jijian", "李纪检（演示）", List.of("工作台", "工作驾驶舱", "村居干部", "任职资格联审", "廉洁承诺书", "承诺书完成情况", "承诺书模板", "我的待办", "清单事项", "见底清零", "月度通报", "报表中心", "村居", "科室", "审计日志", "登录日志")),
                arguments("dangjian", "陈党建（演示）", List.of("工作台", "工作驾驶舱", "村居干部", "任职资格联审", "廉洁承诺书", "承诺书完成情况", "承诺书模板", "我的待办", "清单事项", "见底清零", "月度通报", "报表中心", "村居", "科室")),
                arguments("nongban", "赵农办（演示）", List.of("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "报表中心")),
                arguments("cunju", "周村居（演示）", List.of("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "报表中心")),
                arguments("lingdao", "吴书记（演示）", List.of("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "月度通报", "报表中心", "村居", "科室")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void eachRoleSeesItsOwnNavigation(String username, String displayName, List<String> navigation) {
        browser.signIn(username, PasswordPolicy.DEMO_PASSWORD);

        assertThat(browser.navItems()).containsExactlyElementsOf(navigation);
        assertThat(browser.userName()).isEqualTo(displayName);
        assertThat(browser.title()).isEqualTo("工作台");
        if (username.equals("admin")) {
            browser.screenshot("admin-home");
        }

        browser.signOut();
        browser.open("/");
        assertThat(browser.onLoginPage()).as("signed out: the shell sends back to the login page").isTrue();
    }

    @Test
    void loginPageIsInChinese() {
        browser.open("/login");

        assertThat(browser.title()).isEqualTo("登录 · 清廉村居工作平台");
        assertThat(browser.text(By.cssSelector(".login-header h1"))).isEqualTo("清廉村居工作平台");
        assertThat(browser.text(By.cssSelector("vaadin-button[slot='submit']"))).isEqualTo("登录");
        browser.screenshot("login-page");
    }
}
