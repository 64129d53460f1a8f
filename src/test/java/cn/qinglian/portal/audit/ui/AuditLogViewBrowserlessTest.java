package cn.qinglian.portal.audit.ui;

import cn.qinglian.portal.ViewTest;
import cn.qinglian.portal.security.BrowserlessUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log as an administrator reads it: Chinese names of records, and the chain check. */
@ViewTest
@WithUserDetails(value = "admin", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class AuditLogViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void theChainCheckReportsAnIntactLogInChinese() {
        navigate(AuditLogView.class);
        test($(Button.class).withText("校验哈希链").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("审计日志完整：已校验").endsWith("哈希链未被破坏");
        assertThat(AuditLogView.ENTITY_LABELS).containsEntry("app_user", "用户").containsEntry("cadre", "村居干部");
    }
}
