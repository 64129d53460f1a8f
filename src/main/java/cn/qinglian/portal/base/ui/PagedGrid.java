package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.PageQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;

/**
 * The list pattern of the portal: a lazily loaded grid whose rows, count and sort come from the
 * service page by page (never a whole table), with filters in a header row and the row count
 * above it. Views own their columns; this class owns only the paging plumbing.
 */
public class PagedGrid<T> extends Composite<VerticalLayout> {

    /** Where the rows come from: a page of the current filter, and the count of all its rows. */
    public interface Source<T> {
        List<T> fetch(PageQuery page);

        int count();
    }

    private final Grid<T> grid;
    private final Span rowCount = new Span();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private @Nullable HeaderRow filterRow;

    public PagedGrid(Class<T> type, Source<T> source) {
        grid = new Grid<>(type, false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setItems(query -> source.fetch(page(query)).stream(), query -> {
            int count = source.count();
            rowCount.setText("共 " + ZhCn.number(count) + " 条");
            return count;
        });
        rowCount.addClassName("row-count");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.add(rowCount);
        toolbar.setFlexGrow(1, rowCount);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSizeFull();
        root.add(toolbar, grid);
        root.setFlexGrow(1, grid);
    }

    static PageQuery page(Query<?, ?> query) {
        return new PageQuery(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(o -> new PageQuery.Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList());
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Buttons and other actions shown right of the row count. */
    public void addToolbar(Component... components) {
        toolbar.add(components);
    }

    /** Re-reads rows and count, e.g. after a filter or a record changed. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** A text filter under a column header; the grid refreshes as the user types. */
    public TextField textFilter(Grid.Column<T> column, SerializableConsumer<@Nullable String> onChange) {
        TextField field = new TextField();
        field.setPlaceholder("筛选");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            onChange.accept(e.getValue().isBlank() ? null : e.getValue());
            refresh();
        });
        filterRow().getCell(column).setComponent(field);
        return field;
    }

    /** A choice filter under a column header; empty means "all". */
    public <V> ComboBox<V> choiceFilter(Grid.Column<T> column, Collection<V> choices,
                                        SerializableFunction<V, String> label,
                                        SerializableConsumer<@Nullable V> onChange) {
        ComboBox<V> box = new ComboBox<>();
        box.setItems(choices);
        box.setItemLabelGenerator(label::apply);
        box.setPlaceholder("全部");
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.addValueChangeListener(e -> {
            onChange.accept(e.getValue());
            refresh();
        });
        filterRow().getCell(column).setComponent(box);
        return box;
    }

    private HeaderRow filterRow() {
        if (filterRow == null) {
            filterRow = grid.appendHeaderRow();
        }
        return filterRow;
    }

    /** For tests and views that show the current count elsewhere. */
    public String rowCountText() {
        return rowCount.getText();
    }

}
