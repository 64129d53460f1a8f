package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.ImportDialog;
import cn.qinglian.portal.cadre.RosterTemplate;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveCardReport;
import cn.qinglian.portal.cadre.ArchiveCardService;
import cn.qinglian.portal.cadre.CadreDraft;
import cn.qinglian.portal.cadre.CadreExport;
import cn.qinglian.portal.cadre.CadreFilter;
import cn.qinglian.portal.cadre.CadreRow;
import cn.qinglian.portal.cadre.CadreService;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.RosterImport;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.OutputStream;
import java.util.List;

/** The cadre register: a paged, filterable list; editors add, import and everyone in scope exports. */
@Route("cadres")
@PageTitle("村居干部")
@Menu(title = "村居干部", order = 110, icon = "vaadin:user-card")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class CadresView extends VerticalLayout implements BeforeEnterObserver {

    static final List<Integer> TERM_WINDOWS = List.of(30, 90, 180, 365);
    static final ImportDialog.Texts ROSTER_IMPORT = new ImportDialog.Texts("导入花名册",
            "请下载导入模板，按模板填写后上传（.xlsx，不超过10MB）。身份证号已登记的干部按文件更新，"
                    + "其余新增；文件中任何一行有误时，不保存任何数据，并列出每一处问题。",
            RosterTemplate.FILE_NAME, "选择花名册文件…", "人");

    private final CadreService cadres;
    private CadreFilter filter = CadreFilter.ALL;
    private final PagedGrid<CadreRow> list;
    private final ComboBox<OrgUnit> villageFilter;
    private final ComboBox<CadreStatus> statusFilter;
    private final ComboBox<IntegrityColour> ratingFilter;
    private final Button batchPrint = new Button("打印本村档案卡", VaadinIcon.PRINT.create());

    public CadresView(CadreService cadres, VillageService villages, CurrentUser currentUser, RosterImport rosterImport,
                      CadreExport export, ArchiveCardService cards, ArchiveCardReport cardReport,
                      ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        // the strategy bean, as CurrentUser: Vaadin keeps the security context in the session
        SecurityContextHolderStrategy contexts = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.cadres = cadres;
        setSizeFull();
        list = new PagedGrid<>(CadreRow.class, new PagedGrid.Source<>() {
            @Override
            public List<CadreRow> fetch(PageQuery page) {
                return cadres.list(filter, page);
            }

            @Override
            public int count() {
                return cadres.count(filter);
            }
        });
        List<OrgUnit> villageChoices = villages.choices();
        boolean severalTownships = villageChoices.stream().map(OrgUnit::townshipId).distinct().count() > 1;
        Grid<CadreRow> grid = list.grid();
        // fixed widths in rem, not em: header cells use a smaller font than body cells, so em widths would
        // misalign the rows
        var name = grid.addColumn(CadreRow::name).setHeader("姓名").setKey("name").setSortProperty("name").setWidth("6.5rem").setFlexGrow(0).setFrozen(true);
        grid.addColumn(r -> r.gender().label()).setHeader("性别").setKey("gender").setWidth("3.5rem").setFlexGrow(0);
        var village = grid.addColumn(CadreRow::villageName).setHeader("村居").setKey("villageName").setSortProperty("villageName").setWidth("7rem").setFlexGrow(0);
        var position = grid.addColumn(CadreRow::positions).setHeader("现任职务").setKey("positions").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(CadreRow::positions);
        // the number's middle is the birth date, so sorting this column sorts by age
        grid.addColumn(CadreRow::idNumber).setHeader("身份证号").setKey("idNumber").setSortProperty("birthDate")
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.mobile() == null ? "" : r.mobile()).setHeader("手机号").setKey("mobile").setWidth("8rem").setFlexGrow(0);
        var status = grid.addComponentColumn(r -> Badges.status(r.status())).setHeader("状态").setKey("status").setSortProperty("status").setWidth("5.5rem").setFlexGrow(0);
        var rating = grid.addComponentColumn(r -> Badges.rating(r.rating())).setHeader("廉情评估").setKey("rating").setSortProperty("rating").setWidth("6rem").setFlexGrow(0);
        var party = grid.addColumn(r -> r.partyMember() ? "是" : "否").setHeader("党员").setKey("partyMember").setWidth("5rem").setFlexGrow(0);
        var term = grid.addColumn(r -> ZhCn.date(r.nextTermEnd())).setHeader("最近任期届满").setKey("nextTermEnd").setSortProperty("nextTermEnd").setWidth("9rem").setFlexGrow(0);

        // header cells are narrow; their drop-downs may be wider than the column
        list.textFilter(name, v -> filter = filter.withName(v)).setMinWidth("0");
        villageFilter = wide(list.choiceFilter(village, villageChoices, severalTownships ? OrgUnit::fullName : OrgUnit::name, v -> {
            filter = filter.withVillage(v == null ? null : v.id());
            batchPrint.setEnabled(v != null);
        }));
        wide(list.choiceFilter(position, List.of(Position.values()), Position::label, v -> filter = filter.withPosition(v)));
        statusFilter = wide(list.choiceFilter(status, List.of(CadreStatus.values()), CadreStatus::label, v -> filter = filter.withStatus(v)));
        ratingFilter = wide(list.choiceFilter(rating, List.of(IntegrityColour.values()), c -> c.label() + "色", v -> filter = filter.withRating(v)));
        wide(list.choiceFilter(party, List.of(true, false), b -> b ? "是" : "否", v -> filter = filter.withPartyMember(v)));
        wide(list.choiceFilter(term, TERM_WINDOWS, d -> d + "天内", v -> filter = filter.withTermEndingWithinDays(v)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CadreDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));

        if (CadreService.edits(currentUser.require())) {
            Button add = new Button("新增干部", VaadinIcon.PLUS.create(), e -> CadreEditor.open(cadres, villageChoices,
                    new CadreDraft(), saved -> list.refresh()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importRoster = new Button("导入花名册", VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(ROSTER_IMPORT, rosterImport::template, (int) RosterImport.MAX_BYTES,
                            rosterImport::run, contexts, list::refresh).open());
            list.addToolbar(add, importRoster);
        }
        var exportLink = Downloads.button("导出Excel", VaadinIcon.DOWNLOAD, excel(export));
        batchPrint.setEnabled(false);
        batchPrint.setTooltipText("先在“村居”列选择一个村居");
        batchPrint.addClickListener(e -> {
            Long villageId = filter.villageId();
            if (villageId != null) {
                new BatchPrintDialog(cards, cardReport, contexts, villageId, villageName(villageChoices, villageId)).open();
            }
        });
        list.addToolbar(exportLink, batchPrint);
        add(list);
    }

    private static <T> ComboBox<T> wide(ComboBox<T> box) {
        box.setMinWidth("0");
        box.setOverlayWidth("12em");
        return box;
    }

    /**
     * Opens with the filter of a clicked number: {@code ?rating=RED&village=3&status=SERVING}; {@code township}
     * narrows a district user's list to the township their dashboard shows (there is no column for it).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        first(q, "township").flatMap(CadresView::id).ifPresent(t -> {
            filter = filter.withTownship(t);
            list.refresh();
        });
        first(q, "rating").flatMap(v -> enumValue(IntegrityColour.class, v)).ifPresent(ratingFilter::setValue);
        first(q, "status").flatMap(v -> enumValue(CadreStatus.class, v)).ifPresent(statusFilter::setValue);
        first(q, "village").flatMap(v -> {
            try {
                long id = Long.parseLong(v);
                return villageFilter.getListDataView().getItems().filter(u -> u.id() == id).findFirst();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).ifPresent(villageFilter::setValue);
    }

    /** The address of the list showing exactly these cadres. */
    public static String href(@Nullable IntegrityColour rating, @Nullable CadreStatus status, @Nullable Long villageId,
                              @Nullable Long townshipId) {
        List<String> q = new ArrayList<>();
        if (townshipId != null) {
            q.add("township=" + townshipId);
        }
        if (rating != null) {
            q.add("rating=" + rating.name());
        }
        if (status != null) {
            q.add("status=" + status.name());
        }
        if (villageId != null) {
            q.add("village=" + villageId);
        }
        return "cadres" + (q.isEmpty() ? "" : "?" + String.join("&", q));
    }

    private static Optional<Long> id(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> q, String key) {
        return Optional.ofNullable(q.get(key)).filter(l -> !l.isEmpty()).map(List::getFirst);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Streams the current filter, so the file holds exactly the rows the list shows. */
    private DownloadHandler excel(CadreExport export) {
        return event -> {
            event.setFileName(export.fileName());
            event.setContentType(Downloads.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                export.write(filter, out);
            }
        };
    }

    private static String villageName(List<OrgUnit> villages, long id) {
        return villages.stream().filter(v -> v.id() == id).map(OrgUnit::name).findFirst().orElse("");
    }
}
