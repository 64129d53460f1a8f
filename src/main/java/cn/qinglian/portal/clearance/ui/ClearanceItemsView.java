package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.ImportDialog;
import cn.qinglian.portal.clearance.ImportTemplate;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.clearance.ClearanceExport;
import cn.qinglian.portal.clearance.ClearanceImport;
import cn.qinglian.portal.clearance.ClearanceListReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import java.io.OutputStream;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceItemDraft;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.clearance.DeadlineFlag;
import cn.qinglian.portal.clearance.ListKind;
import cn.qinglian.portal.organisation.OfficeService;
import cn.qinglian.portal.organisation.OrgUnit;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 清单事项: every item in the reader's scope, page by page, with filters in the header row. The
 * filter is also the address ({@code ?batch=…&status=…}), so the boards link to exactly their rows.
 */
@Route(ClearanceItemsView.ROUTE)
@PageTitle("清单事项")
@Menu(title = "清单事项", order = 210, icon = "vaadin:list-ol")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class ClearanceItemsView extends VerticalLayout implements BeforeEnterObserver {

    static final ImportDialog.Texts HAND_OVER_IMPORT = new ImportDialog.Texts("导入移交清单",
            "请下载导入模板，按模板填写后上传（.xlsx，不超过10MB）。同一批次中编号已有的事项按文件更新，"
                    + "其余新增；再次导入同一文件不会重复建立。文件中任何一行有误时，不保存任何数据，并列出每一处问题。",
            ImportTemplate.FILE_NAME, "选择清单文件…", "项");

    static final String ROUTE = "clearance/items";

    private ClearanceFilter filter = ClearanceFilter.ALL;
    final PagedGrid<ClearanceRow> list;
    final ComboBox<ListKind> kindFilter;
    final ComboBox<ClearanceSource> sourceFilter;
    final ComboBox<String> batchFilter;
    final ComboBox<OrgUnit> villageFilter;
    final ComboBox<OrgUnit> officeFilter;
    final ComboBox<ClearanceStatus> statusFilter;
    final ComboBox<DeadlineFlag> deadlineFilter;
    final TextField personFilter;
    final TextField titleFilter;
    /** Criteria of the address that have no filter in the header row (links from the dashboard). */
    final com.vaadin.flow.component.html.Span addressCriteria = new com.vaadin.flow.component.html.Span();
    private boolean applying;

    public ClearanceItemsView(ClearanceService service, VillageService villages, OfficeService offices,
                              ClearanceImport importer, ClearanceExport export, ClearanceListReport report,
                              ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        // the strategy bean, as CurrentUser: Vaadin keeps the security context in the session
        SecurityContextHolderStrategy contexts = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        setSizeFull();
        list = new PagedGrid<>(ClearanceRow.class, new PagedGrid.Source<>() {
            @Override
            public List<ClearanceRow> fetch(PageQuery page) {
                return service.list(filter, page);
            }

            @Override
            public int count() {
                return service.count(filter);
            }
        });
        List<OrgUnit> villageChoices = new ArrayList<>();
        villageChoices.add(new OrgUnit(0, "镇级事项", 0, ""));
        villageChoices.addAll(villages.choices());
        List<OrgUnit> officeChoices = offices.choices();
        Grid<ClearanceRow> grid = list.grid();
        var code = grid.addColumn(ClearanceRow::code).setHeader("编号").setKey("code").setSortProperty("code")
                .setWidth("8rem").setFlexGrow(0).setFrozen(true);
        var kind = grid.addColumn(r -> r.kind().label()).setHeader("清单").setKey("kind").setSortProperty("kind")
                .setWidth("6.5rem").setFlexGrow(0);
        var title = grid.addColumn(ClearanceRow::title).setHeader("事项名称").setKey("title").setSortProperty("title")
                .setWidth("16rem").setFlexGrow(2).setTooltipGenerator(ClearanceRow::title);
        var village = grid.addColumn(ClearanceRow::villageName).setHeader("村居").setKey("villageName")
                .setSortProperty("villageName").setWidth("6.5rem").setFlexGrow(0);
        var office = grid.addColumn(r -> r.leadOffices() + (r.sharedOffices().isEmpty() ? "" : "；" + r.sharedOffices()))
                .setHeader("牵头/责任单位").setKey("offices").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(r -> "牵头：" + r.leadOffices() + (r.sharedOffices().isEmpty() ? "" : "\n责任：" + r.sharedOffices()));
        var person = grid.addColumn(ClearanceRow::people).setHeader("责任人").setKey("people").setWidth("7rem").setFlexGrow(0);
        var deadline = grid.addComponentColumn(ClearanceBadges::deadline).setHeader("整改期限").setKey("deadline")
                .setSortProperty("deadline").setWidth("11rem").setFlexGrow(0);
        var status = grid.addComponentColumn(r -> ClearanceBadges.status(r.status())).setHeader("状态").setKey("status")
                .setSortProperty("status").setWidth("6.5rem").setFlexGrow(0);
        var source = grid.addColumn(r -> r.source().label()).setHeader("来源").setKey("source").setSortProperty("source")
                .setWidth("6.5rem").setFlexGrow(0);
        var batch = grid.addColumn(ClearanceRow::batch).setHeader("批次").setKey("batch").setSortProperty("batch")
                .setWidth("10rem").setFlexGrow(1).setTooltipGenerator(ClearanceRow::batch);

        kindFilter = wide(list.choiceFilter(kind, List.of(ListKind.values()), ListKind::label, v -> change(filter.withKind(v))));
        titleFilter = list.textFilter(title, v -> change(filter.withText(v)));
        villageFilter = wide(list.choiceFilter(village, villageChoices, OrgUnit::name, v -> change(v == null
                ? filter.withVillage(null) : v.id() == 0 ? filter.withTownshipLevel(true) : filter.withVillage(v.id()))));
        officeFilter = wide(list.choiceFilter(office, officeChoices, OrgUnit::name, v -> change(filter.withOffice(v == null ? null : v.id()))));
        personFilter = list.textFilter(person, v -> change(filter.withPerson(v)));
        deadlineFilter = wide(list.choiceFilter(deadline, List.of(DeadlineFlag.OVERDUE, DeadlineFlag.DUE_SOON),
                DeadlineFlag::label, v -> change(filter.withOverdue(v == DeadlineFlag.OVERDUE).withDueSoon(v == DeadlineFlag.DUE_SOON))));
        statusFilter = wide(list.choiceFilter(status, List.of(ClearanceStatus.values()), ClearanceStatus::label,
                v -> change(filter.withStatus(v))));
        sourceFilter = wide(list.choiceFilter(source, List.of(ClearanceSource.values()), ClearanceSource::label,
                v -> change(filter.withSource(v))));
        batchFilter = wide(list.choiceFilter(batch, service.batches(), b -> b, v -> change(filter.withBatch(v))));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClearanceItemView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));

        if (service.canManage()) {
            Button add = new Button("新增事项", VaadinIcon.PLUS.create(), e -> ClearanceItemEditor.open(service, villages,
                    offices, new ClearanceItemDraft(), id -> list.refresh()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importList = new Button("导入移交清单", VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(HAND_OVER_IMPORT, importer::template, (int) ClearanceImport.MAX_BYTES,
                            importer::run, contexts, list::refresh).open());
            list.addToolbar(add, importList);
        }
        addressCriteria.addClassName("address-criteria");
        addressCriteria.setVisible(false);
        list.addToolbar(addressCriteria);
        list.addToolbar(Downloads.button("导出Excel", VaadinIcon.DOWNLOAD, event -> {
            event.setFileName(export.fileName());
            event.setContentType(Downloads.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                export.write(filter, out);
            }
        }), Downloads.button("打印", VaadinIcon.PRINT, event -> {
            byte[] pdf = report.pdf(filter);
            event.setFileName(report.fileName());
            event.setContentType(Downloads.PDF);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        }));
        add(list);
    }

    ClearanceFilter filter() {
        return filter;
    }

    private void change(ClearanceFilter next) {
        filter = next;
        if (!applying) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ClearanceLinks.href(filter)));
        }
    }

    private static <T> ComboBox<T> wide(ComboBox<T> box) {
        box.setMinWidth("0");
        box.setOverlayWidth("14em");
        return box;
    }

    /** Applies the filter given in the address (links from the boards, "my work"). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClearanceFilter f = ClearanceLinks.fromQuery(event.getLocation().getQueryParameters());
        applying = true;
        try {
            kindFilter.setValue(f.kind());
            sourceFilter.setValue(f.source());
            if (f.batch() != null && !batchItems().contains(f.batch())) {
                batchFilter.setItems(plus(batchItems(), f.batch()));
            }
            batchFilter.setValue(f.batch());
            villageFilter.setValue(f.townshipLevel() ? find(villageFilter, 0L) : f.villageId() == null ? null
                    : find(villageFilter, f.villageId()));
            officeFilter.setValue(f.officeId() == null ? null : find(officeFilter, f.officeId()));
            statusFilter.setValue(f.status());
            deadlineFilter.setValue(f.overdue() ? DeadlineFlag.OVERDUE : f.dueSoon() ? DeadlineFlag.DUE_SOON : null);
            personFilter.setValue(f.person() == null ? "" : f.person());
        } finally {
            applying = false;
        }
        // what the address says, even where a choice is not in the list (e.g. an inactive village)
        filter = f.withText(filter.text());
        String criteria = criteria(f);
        addressCriteria.setText(criteria.isEmpty() ? "" : "另按：" + criteria);
        addressCriteria.setVisible(!criteria.isEmpty());
        list.refresh();
    }

    /** The address's criteria that the header row cannot show, in words. */
    static String criteria(ClearanceFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.openOnly()) {
            parts.add("未销号");
        }
        if (f.category() != null) {
            parts.add("类别“" + f.category() + "”");
        }
        if (f.createdFrom() != null || f.createdBefore() != null) {
            parts.add("新增于" + range(f.createdFrom(), f.createdBefore()));
        }
        if (f.closedFrom() != null || f.closedBefore() != null) {
            parts.add("销号于" + range(f.closedFrom(), f.closedBefore()));
        }
        if (f.townshipId() != null) {
            parts.add("所选乡镇");
        }
        return String.join("，", parts);
    }

    private static String range(java.time.@org.jspecify.annotations.Nullable LocalDate from,
                                java.time.@org.jspecify.annotations.Nullable LocalDate before) {
        return (from == null ? "" : cn.qinglian.portal.base.ui.ZhCn.date(from)) + "至"
                + (before == null ? "今" : cn.qinglian.portal.base.ui.ZhCn.date(before.minusDays(1)));
    }

    private List<String> batchItems() {
        return batchFilter.getListDataView().getItems().toList();
    }

    private static List<String> plus(List<String> items, String one) {
        List<String> all = new ArrayList<>(items);
        all.add(one);
        return all;
    }

    private static OrgUnit find(ComboBox<OrgUnit> box, Long id) {
        return box.getListDataView().getItems().filter(u -> Objects.equals(u.id(), id)).findFirst().orElse(null);
    }
}
