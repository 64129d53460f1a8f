package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.SignedIn;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application shell: header with the user's name, role and scope; a side navigation grouped by
 * area. Menu entries come from the views' {@code @Menu} annotations and are filtered by their
 * access annotations, so a role sees exactly the views it may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Navigation groups by {@code @Menu(order)} range; a view picks its group through its order. */
    public static final Map<Integer, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(0, "工作台");
        GROUPS.put(100, "村居干部");
        GROUPS.put(200, "清单管理");
        GROUPS.put(300, "信访与约谈");
        GROUPS.put(400, "清廉指数");
        GROUPS.put(500, "三资与工程");
        GROUPS.put(600, "报表与通报");
        GROUPS.put(800, "组织与人员");
        GROUPS.put(900, "系统管理");
    }

    private final H1 title = new H1();
    private final transient AuthenticationContext authentication;
    private final transient List<NavCount> counts;
    private final Map<String, Span> countBadges = new LinkedHashMap<>();

    public MainLayout(AuthenticationContext authentication, org.springframework.beans.factory.ObjectProvider<NavCount> counts) {
        this.authentication = authentication;
        this.counts = counts.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), title, userBox());
    }

    private Div brand() {
        Div brand = new Div();
        brand.addClassName("brand");
        Span name = new Span("清廉村居");
        name.addClassName("brand-name");
        Span sub = new Span("工作平台");
        sub.addClassName("brand-sub");
        brand.add(name, sub);
        return brand;
    }

    private Div navigation() {
        Div nav = new Div();
        nav.addClassName("main-nav");
        Map<String, SideNav> groups = new LinkedHashMap<>();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            String group = groupOf(entry.order() == null ? 0 : entry.order());
            SideNav side = groups.computeIfAbsent(group, g -> {
                SideNav s = new SideNav(g);
                s.setCollapsible(true);
                return s;
            });
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (counts.stream().anyMatch(c -> samePath(c.path(), entry.path()))) {
                Span badge = new Span();
                badge.addClassName("nav-count");
                badge.setVisible(false);
                item.setSuffixComponent(badge);
                countBadges.put(entry.path().replaceFirst("^/", ""), badge);
            }
            side.addItem(item);
        }
        groups.values().forEach(nav::add);
        return nav;
    }

    static String groupOf(double order) {
        String group = "工作台";
        for (Map.Entry<Integer, String> g : GROUPS.entrySet()) {
            if (order >= g.getKey()) {
                group = g.getValue();
            }
        }
        return group;
    }

    private HorizontalLayout userBox() {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(SignedIn.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span role = new Span(user.rolesLabel() + " · " + user.scopeLabel());
            role.addClassName("user-role");
            Button password = new Button("修改密码", e -> getUI().ifPresent(ui -> ui.navigate("password")));
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button logout = new Button("退出", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(name, role, password, logout);
        });
        return box;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        com.vaadin.flow.shared.Registration registration = com.vaadin.flow.component.ComponentUtil.addListener(
                attachEvent.getUI(), NavCount.Changed.class, e -> refreshCounts());
        addDetachListener(e -> {
            registration.remove();
            e.unregisterListener();
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        refreshCounts();
    }

    private static boolean samePath(String a, String b) {
        return a.replaceFirst("^/", "").equals(b.replaceFirst("^/", ""));
    }

    /** Re-reads the numbers beside the navigation entries (after every navigation). */
    private void refreshCounts() {
        for (NavCount c : counts) {
            Span badge = countBadges.get(c.path().replaceFirst("^/", ""));
            if (badge != null) {
                int n = c.count();
                // drawn from the attribute by portal.css, so the entry's text stays its title
                badge.getElement().setAttribute("data-count", String.valueOf(n));
                badge.getElement().setAttribute("title", "待办 " + n + " 项");
                badge.setVisible(n > 0);
            }
        }
    }
}
