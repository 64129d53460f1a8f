package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.bulletin.BulletinContent;
import cn.qinglian.portal.bulletin.BulletinData;
import cn.qinglian.portal.bulletin.BulletinDetail;
import cn.qinglian.portal.bulletin.BulletinRow;
import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * One bulletin: a draft's narrative edited (the figures and tables computed, shown read-only), previewed as
 * the PDF in the browser, issued after a confirmation; an issued bulletin read as it was issued, downloaded,
 * and corrected by a new draft naming it.
 */
@Route("bulletins/:id([0-9]{1,18})")
@PageTitle("月度通报")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.LEADER_ROLE})
public class BulletinView extends VerticalLayout implements BeforeEnterObserver {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final BulletinService service;
    final H3 title = new H3();
    final Span state = new Span();
    final Paragraph overview = new Paragraph();
    final Grid<BulletinData.VillageRow> villages = new Grid<>(BulletinData.VillageRow.class, false);
    final NarrativeForm form = new NarrativeForm();
    final Button save = new Button("保存", VaadinIcon.CHECK.create());
    final Button preview = new Button("预览", VaadinIcon.EYE.create());
    final Button issue = new Button("印发", VaadinIcon.PAPERPLANE.create());
    final Button correct = new Button("发更正通报", VaadinIcon.EDIT.create());
    final HorizontalLayout downloads = new HorizontalLayout();
    private long id;
    private BulletinRow row;

    public BulletinView(BulletinService service) {
        this.service = service;
        setWidthFull();
        villages.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        villages.setAllRowsVisible(true);
        villages.addColumn(BulletinData.VillageRow::rank).setHeader("排名").setWidth("5rem").setFlexGrow(0);
        villages.addColumn(BulletinData.VillageRow::village).setHeader("村（社区）");
        villages.addColumn(BulletinData.VillageRow::total).setHeader("事项总数");
        villages.addColumn(BulletinData.VillageRow::closed).setHeader("已销号");
        villages.addColumn(BulletinData.VillageRow::rate).setHeader("销号率");
        villages.addColumn(BulletinData.VillageRow::overdue).setHeader("逾期未销号");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (saveNarrative()) {
                FieldErrors.success("已保存");
            }
        });
        preview.addClickListener(e -> preview());
        issue.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        issue.addClickListener(e -> confirmIssue());
        correct.addClickListener(e -> {
            long fix = service.correct(id);
            UI.getCurrent().navigate(BulletinView.class, new RouteParameters("id", String.valueOf(fix)));
        });
        state.addClassName("bulletin-state");
        HorizontalLayout actions = new HorizontalLayout(state, save, preview, issue, correct, downloads);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        // the actions stay in sight while the clerk scrolls through the figures and the text
        actions.addClassName("bulletin-actions");
        actions.setWidthFull();
        actions.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-xs) 0");
        add(title, actions, new H4("本月数据（自动统计，不可编辑）"), overview, villages,
                new H4("通报文字"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        load();
    }

    private void load() {
        BulletinDetail detail = service.detail(id).orElseThrow(
                () -> new cn.qinglian.portal.base.RecordNotFoundException("月度通报"));
        row = detail.row();
        title.setText(row.title());
        state.setText(row.issued() ? row.status().label() + " · " + row.documentNumber() + " · "
                + ZhCn.date(row.issuedOn()) + " " + row.issuedBy()
                : row.status().label() + (row.correctsNumber() == null ? "" : " · 更正" + row.correctsNumber()));
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(row.issued() ? "badge success" : "badge contrast");
        form.setFormDataObject(NarrativeDraft.of(detail.narrative()));
        boolean editable = !row.issued() && service.canDraft();
        form.setReadOnly(!editable);
        save.setVisible(editable);
        preview.setVisible(row.issued() || service.canDraft());
        issue.setVisible(!row.issued() && service.canIssue());
        correct.setVisible(row.issued() && service.canDraft());
        BulletinContent content = service.content(id);
        BulletinData d = content.data();
        var o = d.overview();
        overview.setText("截至" + ZhCn.date(d.asOf()) + "：清单事项" + o.items() + "项，已销号" + o.closed() + "项，销号率"
                + o.rate() + "，逾期未销号" + o.overdue() + "项；本月廉政约谈" + d.archive().talks() + "人次，问责处理"
                + d.archive().accountability() + "人次；" + d.year() + "年度承诺书应签" + d.letterTotal().generated()
                + "份、已签订" + d.letterTotal().signed() + "份。");
        villages.setItems(d.villages());
        downloads.removeAll();
        downloads.add(Downloads.button("PDF", VaadinIcon.DOWNLOAD,
                        Downloads.bytes(row.fileName("pdf"), Downloads.PDF, () -> service.pdf(id))),
                Downloads.button("Word", VaadinIcon.FILE_TEXT_O,
                        Downloads.bytes(row.fileName("docx"), DOCX, () -> service.docx(id))),
                Downloads.button("Excel", VaadinIcon.TABLE,
                        Downloads.bytes(row.fileName("xlsx"), Downloads.XLSX, () -> service.xlsx(id))));
    }

    /** Saves a changed narrative; false when the form is invalid. */
    private boolean saveNarrative() {
        var draft = form.getFormDataObject();
        if (draft.isEmpty()) {
            return false;
        }
        try {
            service.saveNarrative(id, row.version(), draft.get().toNarrative());
        } catch (ValidationFailedException e) {
            FieldErrors.show(form.binder(), e);
            return false;
        }
        load();
        return true;
    }

    private void preview() {
        if (!row.issued() && service.canDraft() && form.binder().hasChanges() && !saveNarrative()) {
            return;
        }
        // made here, in this request: a failure shows its message instead of a half-made file
        PdfPreview.show("通报预览", row.fileName("pdf"), () -> service.pdf(id));
    }

    private void confirmIssue() {
        if (form.binder().hasChanges() && !saveNarrative()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("印发通报");
        confirm.setText("印发后将分配下一个文号，通报内容和数据即被固定，不能再修改；如有错误只能另发更正通报。确定印发“"
                + row.title() + "”吗？");
        confirm.setCancelable(true);
        confirm.setCancelText("取消");
        confirm.setConfirmText("确定印发");
        confirm.addConfirmListener(e -> {
            BulletinRow issued = service.issue(id, row.version());
            FieldErrors.success("已印发，文号 " + issued.documentNumber());
            load();
        });
        confirm.open();
    }
}
