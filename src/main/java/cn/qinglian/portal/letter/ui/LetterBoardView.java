package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.letter.LetterBoard;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 承诺书完成情况: per village, how many letters were generated, signed, published, reviewed and are overdue,
 * with the rates; every number opens the letter list filtered to exactly those letters.
 */
@Route("letters/board")
@PageTitle("承诺书完成情况")
@Menu(title = "承诺书完成情况", order = 135, icon = "vaadin:chart-grid")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class LetterBoardView extends VerticalLayout {

    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<LetterBoard.Row> grid = new Grid<>();
    final Span summary = new Span();
    private final LetterService letters;
    private int shownYear;

    public LetterBoardView(LetterService letters) {
        this.letters = letters;
        setSizeFull();
        int thisYear = LocalDate.now(BaseConfiguration.ZONE).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年度");
        year.setValue(thisYear);
        year.setAriaLabel("年度");
        year.setWidth("8rem");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        summary.addClassName("board-summary");
        HorizontalLayout bar = new HorizontalLayout(year, summary);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(r -> r.villageId() == 0 ? strong(r.villageName()) : new Span(r.villageName()))
                .setHeader("村居").setWidth("9rem").setFlexGrow(0).setFrozen(true);
        grid.addComponentColumn(r -> link(r, r.generated(), null, false, false)).setHeader("应签（已生成）")
                .setKey("generated").setFlexGrow(1);
        grid.addComponentColumn(r -> link(r, r.signed(), LetterProgress.SIGNED, false, true)).setHeader("已签订")
                .setKey("signed").setFlexGrow(1);
        grid.addComponentColumn(r -> link(r, r.published(), LetterProgress.PUBLISHED, false, true)).setHeader("已公示")
                .setKey("published").setFlexGrow(1);
        grid.addComponentColumn(r -> link(r, r.reviewed(), LetterProgress.REVIEWED, false, true)).setHeader("已评议")
                .setKey("reviewed").setFlexGrow(1);
        grid.addComponentColumn(r -> link(r, r.overdue(), null, true, false)).setHeader("逾期未签")
                .setKey("overdue").setFlexGrow(1);
        grid.setSizeFull();
        add(bar, grid);
        setFlexGrow(1, grid);
        show(thisYear);
    }

    private void show(int y) {
        shownYear = y;
        LetterBoard board = letters.board(y);
        List<LetterBoard.Row> rows = new ArrayList<>(board.villages());
        if (rows.size() > 1) {
            rows.addFirst(board.total());
        }
        grid.setItems(rows);
        LetterBoard.Row t = board.total();
        summary.setText(t.generated() == 0 ? y + "年度尚未生成承诺书"
                : "共 " + ZhCn.number(t.generated()) + " 份，签订率 " + ZhCn.percent(t.rate(t.signed()))
                + "，公示率 " + ZhCn.percent(t.rate(t.published())) + "，评议率 " + ZhCn.percent(t.rate(t.reviewed())));
    }

    /** A count (with its rate) that opens the letters behind it; the total row opens all villages. */
    private Component link(LetterBoard.Row r, int count, @Nullable LetterProgress progress, boolean overdue,
                           boolean withRate) {
        String text = ZhCn.number(count) + (withRate && r.generated() > 0 ? "（" + ZhCn.percent(r.rate(count)) + "）" : "");
        RouterLink link = new RouterLink(text, LettersView.class, RouteParameters.empty());
        link.setQueryParameters(LettersView.query(shownYear, r.villageId() == 0 ? null : r.villageId(), progress, overdue));
        link.addClassName("board-number");
        if (overdue && count > 0) {
            link.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return link;
    }

    private static Span strong(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-weight", "600");
        return s;
    }

    LetterBoard.Row row(SerializableFunction<LetterBoard.Row, Boolean> which) {
        return grid.getListDataView().getItems().filter(which::apply).findFirst().orElseThrow();
    }
}
