package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.clearance.BoardRow;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;


/**
 * 见底清零: clearance rate (closed / total) and overdue count by batch, village and office. Every
 * number links to the item grid filtered to exactly those rows; a batch reads 已清零 only when every
 * item in it is closed.
 */
@Route("clearance/boards")
@PageTitle("见底清零")
@Menu(title = "见底清零", order = 220, icon = "vaadin:chart-grid")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class ClearanceBoardsView extends VerticalLayout {

    private final ClearanceService service;
    final ComboBox<String> batch = new ComboBox<>("批次");
    final Grid<BoardRow> byBatch = board("批次");
    final Grid<BoardRow> byVillage = board("村居");
    final Grid<BoardRow> byOffice = board("科室");

    public ClearanceBoardsView(ClearanceService service) {
        this.service = service;
        setWidthFull();
        batch.setItems(service.batches());
        batch.setPlaceholder("全部批次");
        batch.setClearButtonVisible(true);
        batch.setWidth("24rem");
        batch.setHelperText("按村居、按科室的统计可限定在一个批次内");
        batch.addValueChangeListener(e -> refresh());
        columns(byBatch, r -> ClearanceFilter.ALL.withBatch(r.key()), true);
        columns(byVillage, r -> batchFilter().withTownshipLevel(r.key() == null)
                .withVillage(r.key() == null ? null : Long.valueOf(r.key())), false);
        columns(byOffice, r -> batchFilter().withOffice(r.key() == null ? null : Long.valueOf(r.key())), false);
        add(new H3("按批次"), byBatch, batch, new H3("按村居"), byVillage, new H3("按科室"), byOffice);
        refresh();
    }

    private ClearanceFilter batchFilter() {
        return ClearanceFilter.ALL.withBatch(batch.getValue());
    }

    void refresh() {
        ClearanceService.Boards boards = service.boards(batch.getValue());
        byBatch.setItems(boards.byBatch());
        byVillage.setItems(boards.byVillage());
        byOffice.setItems(boards.byOffice());
    }

    private static Grid<BoardRow> board(String what) {
        Grid<BoardRow> grid = new Grid<>(BoardRow.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(BoardRow::label).setHeader(what).setFlexGrow(2).setTooltipGenerator(BoardRow::label);
        grid.setEmptyStateText("暂无清单事项");
        return grid;
    }

    private static void columns(Grid<BoardRow> grid, SerializableFunction<BoardRow, ClearanceFilter> rows, boolean clearedColumn) {
        grid.addComponentColumn(r -> link(r.total(), rows.apply(r))).setHeader("事项总数").setKey("total").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(r -> link(r.closed(), rows.apply(r).withStatus(ClearanceStatus.CLOSED)))
                .setHeader("已销号").setKey("closed").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Anchor a = link(r.overdue(), rows.apply(r).withOverdue(true));
            if (r.overdue() > 0) {
                a.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            }
            return a;
        }).setHeader("逾期").setKey("overdue").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> ZhCn.percent(r.rate())).setHeader("清零率").setWidth("7rem").setFlexGrow(0);
        if (clearedColumn) {
            grid.addComponentColumn(r -> {
                var badge = r.cleared() ? ClearanceBadges.badge("已清零", "success") : ClearanceBadges.badge("未清零", "contrast");
                badge.getElement().setAttribute("data-batch", String.valueOf(r.key()));
                return badge;
            }).setHeader("见底清零").setKey("cleared").setWidth("7rem").setFlexGrow(0);
        }
    }

    private static Anchor link(int n, ClearanceFilter f) {
        Anchor a = new Anchor(ClearanceLinks.href(f), ZhCn.number(n));
        a.getElement().setAttribute("router-link", true);
        a.addClassName("board-link");
        return a;
    }
}
