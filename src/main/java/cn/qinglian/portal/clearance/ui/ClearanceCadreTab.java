package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.cadre.ui.CadreTab;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;

/** 清单事项 on a cadre's page: the items naming the cadre as a responsible person. */
@org.springframework.stereotype.Component
class ClearanceCadreTab implements CadreTab {

    private final ClearanceService service;

    ClearanceCadreTab(ClearanceService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "清单事项";
    }

    @Override
    public Component content(long cadreId, Runnable changed) {
        Grid<ClearanceRow> grid = new Grid<>(ClearanceRow.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClearanceRow::code).setHeader("编号").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.kind().label()).setHeader("清单").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::title).setHeader("事项名称").setFlexGrow(1);
        grid.addColumn(ClearanceRow::batch).setHeader("批次").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(ClearanceBadges::deadline).setHeader("整改期限").setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(r -> ClearanceBadges.status(r.status())).setHeader("状态").setWidth("6.5rem").setFlexGrow(0);
        ClearanceFilter filter = ClearanceFilter.ALL.withCadre(cadreId);
        grid.setItems(service.list(filter, new PageQuery(0, PageQuery.MAX_LIMIT, java.util.List.of())));
        grid.setEmptyStateText("没有以该干部为责任人的清单事项");
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(ClearanceItemView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        return grid;
    }
}
