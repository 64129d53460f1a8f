package cn.qinglian.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The Chinese sign-in page. There is no self-registration and no "forgot password" link: admins reset. */
@Route(value = "login", autoLayout = false)
@PageTitle("登录 · 清廉村居工作平台")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("用户名或密码错误", "请检查后重新输入。"));
        Div header = new Div(new H1("清廉村居工作平台"), new Paragraph("镇纪委 · 村居廉洁治理"));
        header.addClassName("login-header");
        add(header, form);
    }

    static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("用户登录");
        f.setUsername("用户名");
        f.setPassword("密码");
        f.setSubmit("登录");
        f.setForgotPassword("忘记密码");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = null;
        if (VaadinServletRequest.getCurrent() != null) {
            HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
            failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        if (failure instanceof LockedException locked) {
            form.setI18n(i18n("账户已锁定", locked.getMessage()));
        } else if (failure instanceof Exception e && e.getMessage() != null) {
            form.setI18n(i18n("登录失败", e.getMessage()));
        }
        form.setError(true);
    }
}
