package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.organisation.TownshipRow;
import cn.qinglian.portal.organisation.TownshipService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The district's townships (a short list, so not paged); district administrators add new ones. */
@Route("organisation/townships")
@PageTitle("乡镇")
@Menu(title = "乡镇", order = 805, icon = "vaadin:building")
@RolesAllowed(Role.ADMIN_ROLE)
public class TownshipsView extends VerticalLayout {

    final Grid<TownshipRow> grid = new Grid<>(TownshipRow.class, false);
    final TextField name = new TextField();
    final Button add = new Button("新增乡镇", VaadinIcon.PLUS.create());

    public TownshipsView(TownshipService townships) {
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(TownshipRow::name).setHeader("乡镇").setAutoWidth(true);
        grid.addColumn(TownshipRow::districtName).setHeader("所属区").setAutoWidth(true);
        grid.addColumn(TownshipRow::villages).setHeader("村居数").setAutoWidth(true);
        grid.addColumn(TownshipRow::offices).setHeader("科室数").setAutoWidth(true);
        grid.setItems(townships.list());
        if (townships.canAdd()) {
            name.setPlaceholder("新乡镇名称");
            name.setHelperText("新增后自动建立实施方案所列的各科室");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> {
                try {
                    townships.add(name.getValue());
                    FieldErrors.success("已新增乡镇 " + name.getValue().trim());
                    name.clear();
                    name.setInvalid(false);
                    grid.setItems(townships.list());
                } catch (ValidationFailedException ex) {
                    name.setErrorMessage(ex.getMessage());
                    name.setInvalid(true);
                }
            });
            HorizontalLayout bar = new HorizontalLayout(name, add);
            bar.setAlignItems(Alignment.BASELINE);
            add(bar);
        }
        add(grid);
    }
}
