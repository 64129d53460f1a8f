package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.organisation.Village;
import cn.qinglian.portal.organisation.VillageDraft;
import cn.qinglian.portal.organisation.VillageFilter;
import cn.qinglian.portal.organisation.VillageKind;
import cn.qinglian.portal.organisation.VillageRow;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Villages and communities; administrators maintain them, township roles read them. */
@Route("organisation/villages")
@PageTitle("村居")
@Menu(title = "村居", order = 810, icon = "vaadin:home-o")
@RolesAllowed({Role.ADMIN_ROLE, Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.LEADER_ROLE})
public class VillagesView extends VerticalLayout {

    private final VillageService villages;
    private VillageFilter filter = VillageFilter.ALL;
    final PagedGrid<VillageRow> list;

    public VillagesView(VillageService villages, AuthenticationContext authentication) {
        this.villages = villages;
        setSizeFull();
        list = new PagedGrid<>(VillageRow.class, new PagedGrid.Source<>() {
            @Override
            public List<VillageRow> fetch(PageQuery page) {
                return villages.list(filter, page);
            }

            @Override
            public int count() {
                return villages.count(filter);
            }
        });
        Grid<VillageRow> grid = list.grid();
        var name = grid.addColumn(r -> r.name() + (r.demo() ? "（演示）" : "")).setHeader("名称").setSortProperty("name").setAutoWidth(true);
        var kind = grid.addColumn(r -> r.kind().label()).setHeader("类型").setSortProperty("kind").setAutoWidth(true);
        var township = grid.addColumn(VillageRow::townshipName).setHeader("所属乡镇").setSortProperty("townshipName").setAutoWidth(true);
        grid.addColumn(VillageRow::code).setHeader("编码").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(VillageRow::sortOrder).setHeader("排序").setSortProperty("sortOrder").setAutoWidth(true);
        var active = grid.addComponentColumn(r -> badge(r.active())).setHeader("状态").setSortProperty("active").setAutoWidth(true);
        list.textFilter(name, v -> filter = new VillageFilter(v, filter.kind(), filter.townshipId(), filter.active()));
        list.choiceFilter(kind, List.of(VillageKind.values()), VillageKind::label,
                v -> filter = new VillageFilter(filter.name(), v, filter.townshipId(), filter.active()));
        list.choiceFilter(township, villages.townshipChoices(), t -> t.name(),
                v -> filter = new VillageFilter(filter.name(), filter.kind(), v == null ? null : v.id(), filter.active()));
        list.choiceFilter(active, List.of(true, false), b -> b ? "启用" : "停用",
                v -> filter = new VillageFilter(filter.name(), filter.kind(), filter.townshipId(), v));
        if (authentication.hasRole(Role.ADMIN_ROLE)) {
            Button add = new Button("新增村居", VaadinIcon.PLUS.create(), e -> openEditor(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.addToolbar(add);
            grid.addItemClickListener(e -> villages.get(e.getItem().id()).ifPresent(this::openEditor));
        }
        add(list);
    }

    static Span badge(boolean active) {
        Span s = new Span(active ? "启用" : "停用");
        s.getElement().getThemeList().add("badge " + (active ? "success" : "contrast"));
        return s;
    }

    void openEditor(Village existing) {
        VillageForm form = new VillageForm(villages.townshipChoices());
        form.setFormDataObject(existing == null ? new VillageDraft() : VillageDraft.of(existing));
        EditorDialog<VillageDraft> dialog = new EditorDialog<>(existing == null ? "新增村居" : "编辑村居 " + existing.name(),
                form, form.binder(), form::getFormDataObject, villages::save, () -> {
                    FieldErrors.success("已保存");
                    list.refresh();
                });
        if (existing != null) {
            dialog.addAction(existing.active() ? "停用" : "启用", () -> {
                villages.setActive(existing.id(), existing.version(), !existing.active());
                dialog.close();
                list.refresh();
            });
        }
        dialog.open();
    }
}
