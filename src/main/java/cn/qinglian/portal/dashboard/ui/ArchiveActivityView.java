package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.dashboard.ArchiveActivityFilter;
import cn.qinglian.portal.dashboard.ArchiveActivityRow;
import cn.qinglian.portal.dashboard.DashboardService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 廉政约谈与问责记录: the read-only list behind the dashboard's archive-activity numbers
 * ({@code dashboard/archive?kind=ACCOUNTABILITY&form=SECOND&from=2026-12-01&before=2027-01-01}).
 */
@Route(ArchiveActivityView.ROUTE)
@PageTitle("约谈与问责记录")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class ArchiveActivityView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "dashboard/archive";

    private ArchiveActivityFilter filter = new ArchiveActivityFilter(null, null, null, null, null, null);
    private final Paragraph description = new Paragraph();
    final PagedGrid<ArchiveActivityRow> list;

    public ArchiveActivityView(DashboardService service) {
        setSizeFull();
        list = new PagedGrid<>(ArchiveActivityRow.class, new PagedGrid.Source<>() {
            @Override
            public List<ArchiveActivityRow> fetch(PageQuery page) {
                return service.archiveEntries(filter, page);
            }

            @Override
            public int count() {
                return service.archiveCount(filter);
            }
        });
        Grid<ArchiveActivityRow> grid = list.grid();
        grid.addColumn(r -> ZhCn.date(r.entryDate())).setHeader("日期").setKey("entryDate").setSortProperty("entryDate")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.kind().label()).setHeader("类型").setKey("kind").setSortProperty("kind").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ArchiveActivityRow::cadreName).setHeader("干部").setKey("cadreName").setSortProperty("cadreName")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ArchiveActivityRow::villageName).setHeader("村居").setKey("villageName").setSortProperty("villageName")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.form() == null ? "" : r.form().label()).setHeader("形态").setKey("form").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.measure() == null ? "" : r.measure()).setHeader("处理方式").setKey("measure").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ArchiveActivityRow::title).setHeader("事由").setKey("title").setFlexGrow(1)
                .setTooltipGenerator(ArchiveActivityRow::title);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cadres/" + e.getItem().cadreId())));
        description.addClassName("row-count");
        add(new H2("约谈与问责记录"), description, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        filter = new ArchiveActivityFilter(
                first(q, "kind").map(v -> parse(ArchiveKind.class, v)).orElse(null),
                first(q, "form").map(v -> parse(DisciplineForm.class, v)).orElse(null),
                first(q, "from").map(ArchiveActivityView::date).orElse(null),
                first(q, "before").map(ArchiveActivityView::date).orElse(null),
                first(q, "village").map(ArchiveActivityView::number).orElse(null),
                first(q, "township").map(ArchiveActivityView::number).orElse(null));
        description.setText(describe(filter));
        list.refresh();
    }

    ArchiveActivityFilter filter() {
        return filter;
    }

    static String describe(ArchiveActivityFilter f) {
        StringBuilder s = new StringBuilder(f.kind() == null ? "廉政约谈和问责处理" : f.kind().label());
        if (f.form() != null) {
            s.append("（").append(f.form().label()).append("）");
        }
        if (f.from() != null && f.before() != null) {
            s.append("，").append(ZhCn.date(f.from())).append("至").append(ZhCn.date(f.before().minusDays(1)));
        }
        return s.append("；已撤销的记录不计入。").toString();
    }

    /** The address of this list with exactly the filter's records. */
    public static String href(ArchiveActivityFilter f) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        put(q, "kind", f.kind() == null ? null : f.kind().name());
        put(q, "form", f.form() == null ? null : f.form().name());
        put(q, "from", f.from() == null ? null : f.from().toString());
        put(q, "before", f.before() == null ? null : f.before().toString());
        put(q, "village", f.villageId() == null ? null : f.villageId().toString());
        put(q, "township", f.townshipId() == null ? null : f.townshipId().toString());
        String query = new QueryParameters(q).getQueryString();
        return ROUTE + (query.isEmpty() ? "" : "?" + query);
    }

    private static void put(Map<String, List<String>> q, String key, @Nullable String value) {
        if (value != null) {
            q.put(key, List.of(value));
        }
    }

    private static Optional<String> first(Map<String, List<String>> q, String key) {
        return Optional.ofNullable(q.get(key)).filter(l -> !l.isEmpty()).map(List::getFirst);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Long number(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
