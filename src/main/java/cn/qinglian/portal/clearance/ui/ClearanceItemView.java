package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.attachment.AttachmentInfo;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.NavCount;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.clearance.ClearanceAction;
import cn.qinglian.portal.clearance.ClearanceDetail;
import cn.qinglian.portal.clearance.ClearanceItemDraft;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ListKind;
import cn.qinglian.portal.clearance.ProgressEntry;
import cn.qinglian.portal.clearance.ProgressStep;
import cn.qinglian.portal.organisation.OfficeService;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One item: what it is, who answers for it, its problem and linked items, the evidence, the
 * timeline, and the workflow steps the reader may take now (each in a dialog).
 */
@Route("clearance/items/:id([0-9]{1,18})")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class ClearanceItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClearanceService service;
    private final VillageService villages;
    private final OfficeService offices;
    private @Nullable ClearanceDetail detail;
    final HorizontalLayout actions = new HorizontalLayout();

    public ClearanceItemView(ClearanceService service, VillageService villages, OfficeService offices) {
        this.service = service;
        this.villages = villages;
        this.offices = offices;
        setWidthFull();
        addClassName("clearance-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        // out of the reader's scope looks exactly like not existing
        detail = service.detail(id).orElseThrow(NotFoundException::new);
        build();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? "清单事项" : "清单事项 · " + detail.row().code();
    }

    ClearanceDetail detail() {
        return Objects.requireNonNull(detail);
    }

    void reload() {
        detail = service.detail(detail().row().id()).orElseThrow(NotFoundException::new);
        build();
    }

    private void build() {
        ClearanceDetail d = detail();
        ClearanceRow r = d.row();
        removeAll();
        H2 title = new H2(r.title());
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        HorizontalLayout header = new HorizontalLayout(title, ClearanceBadges.status(r.status()));
        if (r.flag() != cn.qinglian.portal.clearance.DeadlineFlag.NONE) {
            header.add(ClearanceBadges.flag(r.flag()));
        }
        Span spacer = new Span();
        header.add(spacer, new RouterLink("返回清单", ClearanceItemsView.class));
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);

        actions.removeAll();
        for (ClearanceAction a : d.actions()) {
            actions.add(actionButton(a));
        }
        if (service.canManage() && r.kind() == ListKind.PROBLEM && r.status().open()) {
            Button child = new Button("新增责任/任务事项", VaadinIcon.PLUS.create(), e -> addLinked(r));
            child.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(child);
        }
        add(actions);
        add(facts(d));
        if (d.parent() != null || !d.linked().isEmpty()) {
            add(section("关联事项"));
            add(linked(d));
        }
        add(section("佐证材料"));
        add(d.evidence().isEmpty() ? muted("尚无佐证材料（提交验收或销号时上传）") : files(r.id(), d.evidence()));
        add(section("整改进程"));
        add(timeline(r.id(), d.timeline()));
    }

    private Component facts(ClearanceDetail d) {
        ClearanceRow r = d.row();
        Div grid = new Div();
        grid.addClassName("clearance-facts");
        grid.getStyle().set("display", "grid").set("grid-template-columns", "7em 1fr 7em 1fr")
                .set("gap", "0.4em 1em").set("width", "100%");
        fact(grid, "编号", r.code());
        fact(grid, "清单", r.kind().label());
        fact(grid, "来源", r.source().label());
        fact(grid, "批次", r.batch());
        fact(grid, "村居", r.villageName());
        fact(grid, "问题类别", r.category());
        fact(grid, "牵头单位", r.leadOffices());
        fact(grid, "责任单位", r.sharedOffices());
        fact(grid, "责任人", r.people());
        fact(grid, "优先级", r.priority().label());
        fact(grid, "整改期限", ZhCn.date(r.deadline()) + (r.flag().label().isEmpty() ? "" : "（" + r.flag().label() + "）"));
        fact(grid, "延期申请", r.extensionDeadline() == null ? "" : "申请延期至 " + ZhCn.date(r.extensionDeadline())
                + "：" + Objects.requireNonNullElse(d.extensionReason(), ""));
        VerticalLayout box = new VerticalLayout(grid);
        box.setPadding(false);
        box.add(text("问题描述", d.description()), text("整改措施", d.measures()));
        if (d.closedAt() != null) {
            box.add(text("验收销号", ZhCn.dateTime(d.closedAt()) + " · " + d.closedBy() + "：" + d.closeOpinion()));
        }
        return box;
    }

    private static void fact(Div grid, String label, String value) {
        Span l = new Span(label);
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        grid.add(l, new Span(value.isEmpty() ? "—" : value));
    }

    private static Component text(String label, String value) {
        Paragraph p = new Paragraph();
        Span l = new Span(label + "：");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        p.add(l, new Span(value.isEmpty() ? "—" : value));
        p.getStyle().set("margin", "0").set("white-space", "pre-wrap");
        return p;
    }

    private static H3 section(String text) {
        H3 h = new H3(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0 0");
        return h;
    }

    private static Span muted(String text) {
        Span s = new Span(text);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return s;
    }

    private Component linked(ClearanceDetail d) {
        Grid<ClearanceRow> grid = new Grid<>(ClearanceRow.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(x -> Objects.equals(x.id(), d.row().parentId()) ? "所属问题" : x.kind().label()).setHeader("关系").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::code).setHeader("编号").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ClearanceRow::title).setHeader("事项名称").setFlexGrow(1);
        grid.addColumn(ClearanceRow::villageName).setHeader("村居").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(ClearanceBadges::deadline).setHeader("整改期限").setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(x -> ClearanceBadges.status(x.status())).setHeader("状态").setWidth("6.5rem").setFlexGrow(0);
        List<ClearanceRow> rows = new java.util.ArrayList<>();
        if (d.parent() != null) {
            rows.add(d.parent());
        }
        rows.addAll(d.linked());
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClearanceItemView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        return grid;
    }

    private Component files(long itemId, List<AttachmentInfo> files) {
        HorizontalLayout h = new HorizontalLayout();
        h.getStyle().set("flex-wrap", "wrap");
        for (AttachmentInfo f : files) {
            Anchor a = new Anchor(Downloads.bytes(f.fileName(), f.contentType(),
                    () -> service.file(itemId, f.id()).orElseThrow(NotFoundException::new).content()), f.fileName());
            h.add(a);
        }
        return h;
    }

    private Component timeline(long itemId, List<ProgressEntry> entries) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("clearance-timeline");
        for (int i = entries.size() - 1; i >= 0; i--) {
            ProgressEntry e = entries.get(i);
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            entry.getStyle().set("border-left", "3px solid " + colour(e.step())).set("padding", "0.2em 0 0.4em 0.8em")
                    .set("margin-bottom", "0.3em");
            Span when = new Span(ZhCn.dateTime(e.at()) + " · " + e.actorName() + " · ");
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span step = new Span(e.step().label());
            step.getStyle().set("font-weight", "600");
            entry.add(new Div(when, step));
            if (!e.note().isEmpty()) {
                Div note = new Div(e.note());
                note.getStyle().set("white-space", "pre-wrap");
                entry.add(note);
            }
            if (!e.files().isEmpty()) {
                entry.add(files(itemId, e.files()));
            }
            list.add(entry);
        }
        return list;
    }

    private static String colour(ProgressStep step) {
        return switch (step) {
            case CLOSED, EXTENSION_APPROVED -> "var(--lumo-success-color)";
            case SENT_BACK, OVERDUE, REOPENED, EXTENSION_REFUSED -> "var(--lumo-error-color)";
            case SUBMITTED, EXTENSION_REQUESTED -> "var(--lumo-warning-color, #c48a00)";
            default -> "var(--lumo-primary-color)";
        };
    }

    private Button actionButton(ClearanceAction a) {
        Button b = new Button(a.label(), e -> open(a));
        if (a == ClearanceAction.CLOSE || a == ClearanceAction.REPORT) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Opens the step's dialog; also the entry point for the view tests. */
    StepDialog open(ClearanceAction a) {
        ClearanceRow r = detail().row();
        long id = r.id();
        int version = r.version();
        StepDialog dialog = switch (a) {
            case REPORT -> new StepDialog("报送整改进展", "报送", new StepForm("整改进展", false, false), true,
                    "附件（照片、会议记录等）", (d, files) -> service.report(id, version, d.getNote(), files), this::done);
            case SUBMIT -> new StepDialog("提交验收", "提交验收", new StepForm("整改完成情况", false, false), true,
                    "佐证材料", (d, files) -> service.submit(id, version, d.getNote(), files), this::done);
            case SEND_BACK -> new StepDialog("退回整改", "退回", new StepForm("退回理由", false, false), false, "",
                    (d, files) -> service.sendBack(id, version, d.getNote()), this::done);
            case CLOSE -> new StepDialog("验收销号", "销号", new StepForm("验收意见", false, false), true,
                    "补充佐证材料（已有的佐证材料见事项页面）", (d, files) -> service.close(id, version, d.getNote(), files), this::done);
            case REOPEN -> new StepDialog("重新打开", "重新打开", new StepForm("重新打开的理由", false, false), false, "",
                    (d, files) -> service.reopen(id, version, d.getNote()), this::done);
            case REQUEST_EXTENSION -> new StepDialog("申请延期", "提交申请", new StepForm("延期理由", true, false), false, "",
                    (d, files) -> service.requestExtension(id, version, d.getDeadline(), d.getNote()), this::done);
            case DECIDE_EXTENSION -> new StepDialog("审批延期（申请延期至 " + ZhCn.date(r.extensionDeadline()) + "）", "确定",
                    new StepForm("审批意见", false, true), false, "",
                    (d, files) -> service.decideExtension(id, version, d.isApprove(), d.getNote()), this::done);
            case EDIT -> null;
        };
        if (dialog == null) {
            ClearanceItemEditor.open(service, villages, offices, service.draft(id), saved -> reload());
            return null;
        }
        dialog.open();
        return dialog;
    }

    private void done() {
        FieldErrors.success("已保存");
        reload();
        getUI().ifPresent(NavCount::changed);
    }

    private void addLinked(ClearanceRow problem) {
        ClearanceItemDraft draft = new ClearanceItemDraft();
        draft.setKind(ListKind.RESPONSIBILITY);
        draft.setSource(problem.source());
        draft.setBatch(problem.batch());
        draft.setParentId(problem.id());
        draft.setVillageId(problem.villageId());
        draft.setDeadline(problem.deadline());
        ClearanceItemDraft source = service.draft(problem.id());
        draft.setLeadOfficeIds(source.getLeadOfficeIds());
        draft.setResponsibleOfficeIds(source.getResponsibleOfficeIds());
        ClearanceItemEditor.open(service, villages, offices, draft, saved -> reload());
    }
}
