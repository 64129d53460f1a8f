package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.SignedIn;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;

/** The page after sign-in: who you are and what you may see. Features add panels such as "my work" through {@link HomePanel} beans. */
@Route("")
@PageTitle("工作台")
@Menu(title = "工作台", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(AuthenticationContext authentication,
                    org.springframework.beans.factory.ObjectProvider<HomePanel> panels) {
        addClassName("home-view");
        authentication.getAuthenticatedUser(SignedIn.class).ifPresent(user -> {
            add(new H2("您好，" + user.displayName()));
            add(new Paragraph("今天是" + ZhCn.date(LocalDate.now(cn.qinglian.portal.base.BaseConfiguration.ZONE))
                    + "。您的角色：" + user.rolesLabel() + "；数据范围：" + user.scopeLabel() + "。"));
            if (user.scopeLabel().equals("无数据范围")) {
                add(new Paragraph("您的账户尚未配置数据范围，因此看不到任何业务记录。请联系系统管理员。"));
            }
            panels.orderedStream().sorted(java.util.Comparator.comparingInt(HomePanel::order))
                    .forEach(p -> p.content().ifPresent(this::add));
        });
    }
}
