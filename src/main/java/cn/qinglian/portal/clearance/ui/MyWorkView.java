package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.MyWork;
import cn.qinglian.portal.clearance.WorkKind;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** 我的待办: the items waiting for the signed-in user — to report on, to verify, extensions to approve. */
@Route(MyWorkView.ROUTE)
@PageTitle("我的待办")
@Menu(title = "我的待办", order = 200, icon = "vaadin:tasks")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class MyWorkView extends VerticalLayout {

    static final String ROUTE = "clearance/my-work";

    final TabSheet tabs = new TabSheet();
    final List<String> tabLabels = new java.util.ArrayList<>();

    public MyWorkView(ClearanceService service) {
        setSizeFull();
        MyWork work = service.myWork();
        tabs.setSizeFull();
        for (WorkKind kind : WorkKind.values()) {
            int n = switch (kind) {
                case REPORT -> work.toReport();
                case VERIFY -> work.toVerify();
                case APPROVE -> work.toApprove();
            };
            if (n == 0 && kind != WorkKind.REPORT && work.total() > 0) {
                continue;
            }
            String label = kind.label() + "（" + n + "）";
            tabLabels.add(label);
            tabs.add(label, queue(service, kind));
        }
        add(tabs);
    }

    private PagedGrid<ClearanceRow> queue(ClearanceService service, WorkKind kind) {
        PagedGrid<ClearanceRow> list = new PagedGrid<>(ClearanceRow.class, new PagedGrid.Source<>() {
            @Override
            public List<ClearanceRow> fetch(PageQuery page) {
                return service.work(kind, page);
            }

            @Override
            public int count() {
                return service.workCount(kind);
            }
        });
        Grid<ClearanceRow> grid = list.grid();
        grid.addColumn(ClearanceRow::code).setHeader("编号").setSortProperty("code").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.kind().label()).setHeader("清单").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::title).setHeader("事项名称").setSortProperty("title").setWidth("16rem").setFlexGrow(2)
                .setTooltipGenerator(ClearanceRow::title);
        grid.addColumn(ClearanceRow::villageName).setHeader("村居").setSortProperty("villageName").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::leadOffices).setHeader("牵头单位").setWidth("9rem").setFlexGrow(1);
        grid.addComponentColumn(ClearanceBadges::deadline).setHeader("整改期限").setSortProperty("deadline")
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(r -> ClearanceBadges.status(r.status())).setHeader("状态").setSortProperty("status")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::batch).setHeader("批次").setWidth("12rem").setFlexGrow(1)
                .setTooltipGenerator(ClearanceRow::batch);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClearanceItemView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        return list;
    }
}
