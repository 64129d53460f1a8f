package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.base.ui.AccessDeniedView;
import cn.qinglian.portal.base.ui.HomeView;
import cn.qinglian.portal.base.ui.NotFoundView;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell per role: sign-in redirect, the navigation each role sees, access denied and not found. */
@ViewTest
class ShellBrowserlessTest extends SpringBrowserlessTest {

    private java.util.List<String> navigation() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToTheSignInPage() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void administratorSeesOrganisationAndSystemAdministration() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("工作台", "乡镇", "村居", "科室", "用户管理", "审计日志", "登录日志");
    }

    @Test
    @WithUserDetails(value = "jijian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void disciplineClerkReadsOrganisationAndLogsButNotUsers() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("工作台", "工作驾驶舱", "村居干部", "任职资格联审", "廉洁承诺书", "承诺书完成情况", "承诺书模板", "我的待办", "清单事项", "见底清零", "月度通报", "报表中心", "村居", "科室", "审计日志", "登录日志");
    }

    @Test
    @WithUserDetails(value = "cunju", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void villageClerkSeesTheirCadresAndIsRefusedAdministration() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "报表中心");
        navigate("admin/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(value = "nongban", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void officeClerkReadsCadres() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "报表中心");
    }

    @Test
    @WithUserDetails(value = "lingdao", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void leaderReadsCadresAndOrganisation() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("工作台", "工作驾驶舱", "村居干部", "廉洁承诺书", "承诺书完成情况", "我的待办", "清单事项", "见底清零", "月度通报", "报表中心", "村居", "科室");
    }

    @Test
    @WithUserDetails(value = "dangjian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void unknownAddressShowsTheChineseNotFoundPage() {
        navigate("no/such/page", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
