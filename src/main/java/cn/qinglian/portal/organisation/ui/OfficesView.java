package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.organisation.Office;
import cn.qinglian.portal.organisation.OfficeDraft;
import cn.qinglian.portal.organisation.OfficeFilter;
import cn.qinglian.portal.organisation.OfficeRow;
import cn.qinglian.portal.organisation.OfficeService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Township offices; administrators maintain them, township roles read them. */
@Route("organisation/offices")
@PageTitle("科室")
@Menu(title = "科室", order = 820, icon = "vaadin:office")
@RolesAllowed({Role.ADMIN_ROLE, Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.LEADER_ROLE})
public class OfficesView extends VerticalLayout {

    private final OfficeService offices;
    private OfficeFilter filter = OfficeFilter.ALL;
    final PagedGrid<OfficeRow> list;

    public OfficesView(OfficeService offices, AuthenticationContext authentication) {
        this.offices = offices;
        setSizeFull();
        list = new PagedGrid<>(OfficeRow.class, new PagedGrid.Source<>() {
            @Override
            public List<OfficeRow> fetch(PageQuery page) {
                return offices.list(filter, page);
            }

            @Override
            public int count() {
                return offices.count(filter);
            }
        });
        Grid<OfficeRow> grid = list.grid();
        var name = grid.addColumn(OfficeRow::name).setHeader("名称").setSortProperty("name").setAutoWidth(true);
        var township = grid.addColumn(OfficeRow::townshipName).setHeader("所属乡镇").setSortProperty("townshipName").setAutoWidth(true);
        grid.addColumn(OfficeRow::duty).setHeader("职责说明").setFlexGrow(1);
        grid.addColumn(OfficeRow::sortOrder).setHeader("排序").setSortProperty("sortOrder").setAutoWidth(true);
        var active = grid.addComponentColumn(r -> VillagesView.badge(r.active())).setHeader("状态").setSortProperty("active").setAutoWidth(true);
        list.textFilter(name, v -> filter = new OfficeFilter(v, filter.townshipId(), filter.active()));
        list.choiceFilter(township, offices.townshipChoices(), t -> t.name(),
                v -> filter = new OfficeFilter(filter.name(), v == null ? null : v.id(), filter.active()));
        list.choiceFilter(active, List.of(true, false), b -> b ? "启用" : "停用",
                v -> filter = new OfficeFilter(filter.name(), filter.townshipId(), v));
        if (authentication.hasRole(Role.ADMIN_ROLE)) {
            Button add = new Button("新增科室", VaadinIcon.PLUS.create(), e -> openEditor(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.addToolbar(add);
            grid.addItemClickListener(e -> offices.get(e.getItem().id()).ifPresent(this::openEditor));
        }
        add(list);
    }

    void openEditor(Office existing) {
        OfficeForm form = new OfficeForm(offices.townshipChoices());
        form.setFormDataObject(existing == null ? new OfficeDraft() : OfficeDraft.of(existing));
        EditorDialog<OfficeDraft> dialog = new EditorDialog<>(existing == null ? "新增科室" : "编辑科室 " + existing.name(),
                form, form.binder(), form::getFormDataObject, offices::save, () -> {
                    FieldErrors.success("已保存");
                    list.refresh();
                });
        if (existing != null) {
            dialog.addAction(existing.active() ? "停用" : "启用", () -> {
                offices.setActive(existing.id(), existing.version(), !existing.active());
                dialog.close();
                list.refresh();
            });
        }
        dialog.open();
    }
}
