package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.security.AppUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.UserDraft;
import cn.qinglian.portal.security.UserFilter;
import cn.qinglian.portal.security.UserRow;
import cn.qinglian.portal.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** User administration: list, create, edit roles and scope, disable, unlock, reset password. */
@Route("admin/users")
@PageTitle("用户管理")
@Menu(title = "用户管理", order = 830, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
public class UsersView extends VerticalLayout {

    private final UserService users;
    private UserFilter filter = UserFilter.ALL;
    final PagedGrid<UserRow> list;

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        list = new PagedGrid<>(UserRow.class, new PagedGrid.Source<>() {
            @Override
            public List<UserRow> fetch(PageQuery page) {
                return users.list(filter, page);
            }

            @Override
            public int count() {
                return users.count(filter);
            }
        });
        Grid<UserRow> grid = list.grid();
        var username = grid.addColumn(UserRow::username).setHeader("用户名").setSortProperty("username").setAutoWidth(true);
        var name = grid.addColumn(UserRow::displayName).setHeader("姓名").setSortProperty("displayName").setAutoWidth(true);
        var roles = grid.addColumn(UserRow::rolesLabel).setHeader("角色").setAutoWidth(true);
        var scope = grid.addColumn(UserRow::scopeLabel).setHeader("数据范围").setSortProperty("scopeLabel").setAutoWidth(true);
        var status = grid.addComponentColumn(UsersView::status).setHeader("状态").setSortProperty("enabled").setAutoWidth(true);
        grid.addColumn(r -> ZhCn.dateTime(r.lastLoginAt())).setHeader("最近登录").setSortProperty("lastLoginAt").setAutoWidth(true);
        list.textFilter(username, v -> filter = new UserFilter(v, filter.role(), filter.scopeKind(), filter.unit(), filter.enabled(), filter.locked()));
        list.choiceFilter(roles, List.of(Role.values()), Role::label,
                v -> filter = new UserFilter(filter.name(), v, filter.scopeKind(), filter.unit(), filter.enabled(), filter.locked()));
        list.textFilter(scope, v -> filter = new UserFilter(filter.name(), filter.role(), filter.scopeKind(), v, filter.enabled(), filter.locked()));
        list.choiceFilter(status, List.of("启用", "停用", "锁定"), s -> s, v -> filter = new UserFilter(filter.name(),
                filter.role(), filter.scopeKind(), filter.unit(), v == null || v.equals("锁定") ? null : v.equals("启用"),
                "锁定".equals(v) ? Boolean.TRUE : null));
        grid.addItemClickListener(e -> users.get(e.getItem().id()).ifPresent(this::openEditor));
        Button add = new Button("新增用户", VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.addToolbar(add);
        add(list);
    }

    private static Span status(UserRow r) {
        Span s = new Span(r.locked() ? "锁定" : r.enabled() ? "启用" : "停用");
        s.getElement().getThemeList().add("badge " + (r.locked() ? "error" : r.enabled() ? "success" : "contrast"));
        return s;
    }

    void openEditor(AppUser existing) {
        UserForm form = new UserForm(users::scopeChoices);
        form.setFormDataObject(existing == null ? new UserDraft() : UserDraft.of(existing));
        EditorDialog<UserDraft> dialog = new EditorDialog<>(existing == null ? "新增用户" : "编辑用户 " + existing.username(),
                form, form.binder(), form::getFormDataObject, draft -> {
                    if (draft.getId() == null) {
                        var issued = users.create(draft);
                        new OneTimePasswordDialog(issued.user().username(), issued.temporaryPassword()).open();
                    } else {
                        users.update(draft);
                        FieldErrors.success("已保存");
                    }
                }, list::refresh);
        if (existing != null) {
            dialog.addAction(existing.enabled() ? "停用" : "启用", () -> {
                try {
                    users.setEnabled(existing.id(), existing.version(), !existing.enabled());
                    dialog.close();
                    list.refresh();
                } catch (ValidationFailedException ex) {
                    FieldErrors.error(ex.getMessage());
                }
            });
            dialog.addAction("解锁", () -> {
                users.unlock(existing.id());
                FieldErrors.success("已解锁");
                dialog.close();
                list.refresh();
            });
            dialog.addAction("重置密码", () -> {
                var issued = users.resetPassword(existing.id());
                dialog.close();
                new OneTimePasswordDialog(issued.user().username(), issued.temporaryPassword()).open();
                list.refresh();
            });
        }
        dialog.open();
    }
}
