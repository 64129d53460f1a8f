package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.UserFilter;
import cn.qinglian.portal.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** User administration through the view: create with a one-time password, refusals at the field. */
@ViewTest
@WithUserDetails(value = "admin", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class UsersViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserService users;

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    @Test
    void administratorCreatesAVillageClerkAndSeesTheOneTimePasswordOnce() {
        navigate(UsersView.class);
        test(button("新增用户")).click();
        UserForm form = $(UserForm.class).single();
        String username = "clerk" + UUID.randomUUID().toString().substring(0, 6);
        test(form.username).setValue(username);
        test(form.displayName).setValue("李喆");
        form.roles.setValue(Set.of(Role.VILLAGE));
        test(form.scopeKind).selectItem(ScopeKind.VILLAGE.label());
        test(form.scopeUnit).selectItem(form.scopeUnit.getListDataView().getItems()
                .filter(u -> u.name().endsWith("青溪村")).findFirst().orElseThrow().name());
        test(button("保存")).click();

        assertThat($(Span.class).withClassName("one-time-password").single().getText()).hasSize(12);
        assertThat(users.list(new UserFilter(username, null, null, null, null, null), PageQuery.first(5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.displayName()).isEqualTo("李喆");
                    assertThat(row.scopeLabel()).endsWith("青溪村");
                    assertThat(row.mustChangePassword()).isTrue();
                });
    }

    @Test
    void aRoleThatDoesNotFitTheScopeIsRefusedAtTheField() {
        navigate(UsersView.class);
        test(button("新增用户")).click();
        UserForm form = $(UserForm.class).single();
        test(form.username).setValue("clerk" + UUID.randomUUID().toString().substring(0, 6));
        test(form.displayName).setValue("王五");
        form.roles.setValue(Set.of(Role.VILLAGE));
        test(form.scopeKind).selectItem(ScopeKind.TOWNSHIP.label());
        test(form.scopeUnit).selectItem(form.scopeUnit.getListDataView().getItems().findFirst().orElseThrow().name());
        test(button("保存")).click();
        assertThat(form.scopeKind.isInvalid()).isTrue();
        assertThat(form.scopeKind.getErrorMessage()).isEqualTo("角色「村居」的数据范围只能是：本村居");
        assertThat($(Span.class).withClassName("one-time-password").exists()).isFalse();
    }

    @Test
    void anEmptyFormShowsChineseMessagesAtTheFields() {
        navigate(UsersView.class);
        test(button("新增用户")).click();
        UserForm form = $(UserForm.class).single();
        test(button("保存")).click();
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("请输入用户名");
        assertThat(form.roles.getErrorMessage()).isEqualTo("请至少选择一个角色");
    }
}
