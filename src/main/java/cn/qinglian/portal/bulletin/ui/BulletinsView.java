package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.bulletin.BulletinRow;
import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.bulletin.BulletinStatus;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** 月度通报: the bulletins of a year, issued and drafts, with search; a new draft for a month. */
@Route(BulletinsView.ROUTE)
@PageTitle("月度通报")
@Menu(title = "月度通报", order = 600, icon = "vaadin:newspaper")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.LEADER_ROLE})
public class BulletinsView extends VerticalLayout {

    public static final String ROUTE = "bulletins";

    private final BulletinService service;
    final Select<Integer> year = new Select<>();
    final TextField search = new TextField();
    final Grid<BulletinRow> grid = new Grid<>(BulletinRow.class, false);
    final ComboBox<YearMonth> month = new ComboBox<>("通报月份");
    final Button create = new Button("起草通报", VaadinIcon.PLUS.create());

    public BulletinsView(BulletinService service, Clock clock) {
        this.service = service;
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("年度");
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        search.setLabel("搜索");
        search.setPlaceholder("标题或文号");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<YearMonth> months = IntStream.range(0, 13).mapToObj(last::minusMonths).toList();
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.getYear() + "年" + m.getMonthValue() + "月");
        month.setValue(last);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            YearMonth m = month.getValue();
            if (m == null) {
                FieldErrors.error("请选择通报月份");
                return;
            }
            long id = service.createDraft(m.getYear(), m.getMonthValue());
            UI.getCurrent().navigate(BulletinView.class, new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id)));
        });
        HorizontalLayout toolbar = new HorizontalLayout(year, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (service.canDraft()) {
            toolbar.add(month, create);
        }

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BulletinRow::period).setHeader("月份").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(BulletinRow::title).setHeader("标题").setFlexGrow(3).setWidth("22rem").setTooltipGenerator(BulletinRow::title);
        grid.addColumn(r -> r.documentNumber() == null ? "—" : r.documentNumber()).setHeader("文号").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span badge = new Span(r.status().label());
            badge.getElement().getThemeList().add(r.status() == BulletinStatus.ISSUED ? "badge success" : "badge contrast");
            return badge;
        }).setHeader("状态").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.correctsNumber() == null ? "" : "更正" + r.correctsNumber()).setHeader("更正").setAutoWidth(true);
        grid.addColumn(r -> r.issued() ? ZhCn.date(r.issuedOn()) + " " + r.issuedBy() : "起草：" + r.createdBy())
                .setHeader("印发").setAutoWidth(true);
        grid.setEmptyStateText("本年度暂无通报");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(BulletinView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().id()))));
        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list(year.getValue(), search.getValue()));
    }
}
