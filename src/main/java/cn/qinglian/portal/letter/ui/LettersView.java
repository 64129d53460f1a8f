package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterGeneration;
import cn.qinglian.portal.letter.LetterPrinting;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.LetterRow;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.organisation.OrgUnit;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * 廉洁承诺书: the letters of a year with their progress. Managers generate, publish in bulk and print; the
 * completion board's numbers open this list with query parameters (year, village, progress, overdue).
 */
@Route("letters")
@PageTitle("廉洁承诺书")
@Menu(title = "廉洁承诺书", order = 130, icon = "vaadin:file-text-o")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class LettersView extends VerticalLayout implements BeforeEnterObserver {

    private LetterFilter filter = LetterFilter.year(LocalDate.now(BaseConfiguration.ZONE).getYear());
    private final PagedGrid<LetterRow> list;
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<OrgUnit> village;
    final ComboBox<PositionGroup> group;
    final ComboBox<LetterProgress> progress;
    final ComboBox<Boolean> overdue;
    final Button publish = new Button("批量公示", VaadinIcon.MEGAPHONE.create());
    final Button batchPrint = new Button("打印本村承诺书", VaadinIcon.PRINT.create());
    private final List<OrgUnit> villageChoices;

    public LettersView(LetterService letters, LetterSteps steps, LetterGeneration generation, LetterPrinting printing,
                       VillageService villages, CurrentUser currentUser,
                       ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        SecurityContextHolderStrategy contexts = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        setSizeFull();
        list = new PagedGrid<>(LetterRow.class, new PagedGrid.Source<>() {
            @Override
            public List<LetterRow> fetch(PageQuery page) {
                return letters.list(filter, page);
            }

            @Override
            public int count() {
                return letters.count(filter);
            }
        });
        villageChoices = villages.choices();
        Grid<LetterRow> grid = list.grid();
        var name = grid.addColumn(LetterRow::cadreName).setHeader("姓名").setKey("cadreName").setSortProperty("cadreName")
                .setWidth("7rem").setFlexGrow(0).setFrozen(true);
        var villageColumn = grid.addColumn(LetterRow::villageName).setHeader("村居").setKey("villageName")
                .setSortProperty("villageName").setWidth("8rem").setFlexGrow(0);
        var position = grid.addColumn(LetterRow::positionTitle).setHeader("职务").setKey("positionTitle")
                .setSortProperty("positionTitle").setWidth("11rem").setFlexGrow(1).setTooltipGenerator(LetterRow::positionTitle);
        var status = grid.addComponentColumn(r -> LetterBadges.status(r.status(), r.overdue())).setHeader("状态")
                .setKey("status").setSortProperty("status").setWidth("8rem").setFlexGrow(0);
        var deadline = grid.addColumn(r -> ZhCn.date(r.deadline())).setHeader("签订截止").setKey("deadline")
                .setSortProperty("deadline").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(r -> ZhCn.date(r.signedOn())).setHeader("签订日期").setKey("signedOn").setSortProperty("signedOn")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.publishedOn() == null ? "" : ZhCn.date(r.publishedOn()) + " " + r.publishedWhere())
                .setHeader("公示").setKey("publishedOn").setSortProperty("publishedOn").setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(r -> r.evaluation() == null ? new com.vaadin.flow.component.html.Span()
                        : LetterBadges.evaluation(r.evaluation())).setHeader("践诺评议").setKey("evaluation")
                .setSortProperty("evaluation").setWidth("7rem").setFlexGrow(0);

        list.textFilter(name, v -> filter = with(filter, v)).setMinWidth("0");
        // village names repeat across townships: a district user sees which township each belongs to
        boolean severalTownships = villageChoices.stream().map(OrgUnit::townshipId).distinct().count() > 1;
        village = wide(list.choiceFilter(villageColumn, villageChoices, severalTownships ? OrgUnit::fullName : OrgUnit::name, v -> {
            filter = filter.withVillage(v == null ? null : v.id());
            batchPrint.setEnabled(v != null);
        }));
        group = wide(list.choiceFilter(position, List.of(PositionGroup.values()), PositionGroup::label,
                v -> filter = new LetterFilter(filter.year(), filter.villageId(), v, filter.progress(),
                        filter.overdueOnly(), filter.name(), null, filter.townshipId())));
        progress = wide(list.choiceFilter(status, List.of(LetterProgress.values()), LetterProgress::label,
                v -> filter = filter.withProgress(v)));
        overdue = wide(list.choiceFilter(deadline, List.of(true), b -> "逾期未签", v -> filter = filter.withOverdueOnly(v != null)));

        int thisYear = LocalDate.now(BaseConfiguration.ZONE).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年度");
        year.setValue(thisYear);
        year.setWidth("8rem");
        year.setAriaLabel("年度");
        year.addValueChangeListener(e -> {
            filter = new LetterFilter(e.getValue(), filter.villageId(), filter.group(), filter.progress(),
                    filter.overdueOnly(), filter.name(), null, filter.townshipId());
            list.refresh();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LetterDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));

        List<com.vaadin.flow.component.Component> tools = new ArrayList<>(List.of(year));
        if (LetterService.manages(currentUser.require())) {
            Button generate = new Button("生成承诺书", VaadinIcon.MAGIC.create(), e -> new GenerationDialog(generation,
                    contexts, villageChoices, Optional.ofNullable(year.getValue()).orElse(thisYear), list::refresh).open());
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            publish.setEnabled(false);
            grid.addSelectionListener(e -> publish.setEnabled(!e.getAllSelectedItems().isEmpty()));
            publish.addClickListener(e -> new PublicationDialog(steps, grid.getSelectedItems().stream()
                    .map(LetterRow::id).toList(), () -> {
                grid.deselectAll();
                list.refresh();
            }).open());
            tools.add(generate);
            tools.add(publish);
        }
        batchPrint.setEnabled(false);
        batchPrint.setTooltipText("先在“村居”列选择一个村居");
        batchPrint.addClickListener(e -> {
            Long villageId = filter.villageId();
            Integer y = filter.year();
            if (villageId != null && y != null) {
                new VillageBatchDialog(printing, contexts, villageId, villageName(villageId), y).open();
            }
        });
        tools.add(batchPrint);
        tools.add(Downloads.button("汇总表PDF", VaadinIcon.FILE_TEXT_O, Downloads.bytes(fileName("pdf"), Downloads.PDF,
                () -> printing.summaryPdf(filter))));
        tools.add(Downloads.button("导出Excel", VaadinIcon.DOWNLOAD, Downloads.bytes(fileName("xlsx"), Downloads.XLSX,
                () -> printing.summaryXlsx(filter))));
        list.addToolbar(tools.toArray(com.vaadin.flow.component.Component[]::new));
        add(list);
    }

    /** Opens with the filter of a clicked number: ?year=2026&village=3&progress=SIGNED&overdue=true. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        first(q, "year").flatMap(LettersView::integer).map(Long::intValue).filter(y -> year.getListDataView().contains(y)).ifPresent(year::setValue);
        first(q, "village").flatMap(LettersView::integer).flatMap(id -> villageChoices.stream()
                .filter(v -> v.id() == id).findFirst()).ifPresent(village::setValue);
        first(q, "progress").flatMap(p -> enumValue(LetterProgress.class, p)).ifPresent(progress::setValue);
        first(q, "group").flatMap(p -> enumValue(PositionGroup.class, p)).ifPresent(group::setValue);
        first(q, "overdue").filter("true"::equals).ifPresent(v -> overdue.setValue(true));
        // a district user's dashboard names one township; the list has no column for it
        first(q, "township").flatMap(LettersView::integer).ifPresent(t -> {
            filter = filter.withTownship(t);
            list.refresh();
        });
    }

    /** The address of this list with exactly the filter's rows (links from the dashboard). */
    public static String href(LetterFilter f) {
        return "letters?" + query(f.year() == null ? 0 : f.year(), f.villageId(), f.progress(), f.overdueOnly(),
                f.townshipId()).getQueryString();
    }

    /** The query string that opens this list with exactly these rows. */
    static QueryParameters query(int year, @Nullable Long villageId, @Nullable LetterProgress progress, boolean overdueOnly) {
        return query(year, villageId, progress, overdueOnly, null);
    }

    private static QueryParameters query(int year, @Nullable Long villageId, @Nullable LetterProgress progress,
                                         boolean overdueOnly, @Nullable Long townshipId) {
        Map<String, String> q = new HashMap<>();
        if (townshipId != null) {
            q.put("township", String.valueOf(townshipId));
        }
        q.put("year", String.valueOf(year));
        if (villageId != null) {
            q.put("village", String.valueOf(villageId));
        }
        if (progress != null) {
            q.put("progress", progress.name());
        }
        if (overdueOnly) {
            q.put("overdue", "true");
        }
        return QueryParameters.simple(q);
    }

    PagedGrid<LetterRow> list() {
        return list;
    }

    private String fileName(String extension) {
        return (filter.year() == null ? "" : filter.year() + "年度") + "廉洁承诺书汇总表-"
                + DateTimeFormatter.ofPattern("yyyyMMdd").format(LocalDate.now(BaseConfiguration.ZONE)) + "." + extension;
    }

    private String villageName(long id) {
        return villageChoices.stream().filter(v -> v.id() == id).map(OrgUnit::name).findFirst().orElse("");
    }

    private static LetterFilter with(LetterFilter f, @Nullable String name) {
        return new LetterFilter(f.year(), f.villageId(), f.group(), f.progress(), f.overdueOnly(), name, null,
                f.townshipId());
    }

    private static <V> ComboBox<V> wide(ComboBox<V> box) {
        box.setMinWidth("0");
        box.setOverlayWidth("14em");
        return box;
    }

    private static Optional<String> first(Map<String, List<String>> q, String key) {
        return Optional.ofNullable(q.get(key)).filter(l -> !l.isEmpty()).map(List::getFirst);
    }

    private static Optional<Long> integer(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
