package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.attachment.AttachmentInfo;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.TimelineItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;

/** 廉洁档案: the cadre's entries newest first, filterable by kind; editors add and revoke entries. */
class ArchivePanel extends VerticalLayout {

    final ComboBox<ArchiveKind> kind = new ComboBox<>();
    final VerticalLayout timeline = new VerticalLayout();
    private final Span count = new Span();
    private final ArchiveService archive;
    private final long cadreId;
    private final boolean editable;
    private final SerializableRunnable changed;

    ArchivePanel(ArchiveService archive, long cadreId, boolean editable, SerializableRunnable changed) {
        this.archive = archive;
        this.cadreId = cadreId;
        this.editable = editable;
        this.changed = changed;
        setPadding(false);
        kind.setItems(ArchiveKind.values());
        kind.setItemLabelGenerator(ArchiveKind::label);
        kind.setPlaceholder("全部类别");
        kind.setClearButtonVisible(true);
        kind.setAriaLabel("档案类别");
        kind.addValueChangeListener(e -> refresh());
        count.addClassName("row-count");
        HorizontalLayout bar = new HorizontalLayout(kind, count);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setFlexGrow(1, count);
        if (editable) {
            Button add = new Button("新增档案记录", VaadinIcon.PLUS.create(),
                    e -> new ArchiveEntryDialog(archive, cadreId, this::afterChange).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        timeline.setPadding(false);
        timeline.addClassName("archive-timeline");
        add(bar, timeline);
        refresh();
    }

    void refresh() {
        List<TimelineItem> items = archive.timeline(cadreId, kind.getValue());
        count.setText("共 " + ZhCn.number(items.size()) + " 条");
        timeline.removeAll();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(kind.isEmpty() ? "暂无廉洁档案记录。" : "暂无该类别的档案记录。");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            timeline.add(none);
        }
        items.forEach(item -> timeline.add(card(item)));
    }

    private void afterChange() {
        refresh();
        changed.run();
    }

    private Div card(TimelineItem item) {
        ArchiveEntry e = item.entry();
        Div card = new Div();
        card.addClassName("archive-entry");
        card.getStyle().set("width", "100%").set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "3px solid " + (e.revoked() ? "var(--lumo-contrast-30pct)" : "var(--portal-red)"))
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        if (e.revoked()) {
            card.getStyle().set("opacity", "0.75");
        }
        Span date = new Span(ZhCn.date(e.entryDate()));
        date.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span title = new Span(e.title());
        title.addClassName("entry-title");
        title.getStyle().set("font-weight", "600");
        if (e.revoked()) {
            title.getStyle().set("text-decoration", "line-through");
        }
        HorizontalLayout head = new HorizontalLayout(date, Badges.badge(e.kind().label(), ""), title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setSpacing(true);
        if (e.revoked()) {
            head.add(Badges.revoked());
        }
        if (e.origin() != null) {
            // written by another record's step (a signed letter …): changed only there
            Anchor source = new Anchor(e.origin(), "查看来源记录");
            source.addClassName("entry-origin");
            source.getStyle().set("margin-left", "auto").set("font-size", "var(--lumo-font-size-s)");
            head.add(Badges.badge("自动生成", "contrast"), source);
        } else if (editable && !e.revoked()) {
            Button revoke = new Button("撤销", e2 -> revoke(e));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.getStyle().set("margin-left", "auto");
            head.add(revoke);
        }
        head.setWidthFull();
        card.add(head);
        line(card, "", e.detail());
        line(card, "摘要：", e.summary());
        line(card, "文号：", e.documentNumber());
        line(card, "出具单位：", e.issuingBody());
        if (e.revoked()) {
            line(card, "撤销原因：", e.revokeReason());
        }
        if (!item.attachments().isEmpty()) {
            Div files = new Div(new Span("附件："));
            files.getStyle().set("font-size", "var(--lumo-font-size-s)");
            item.attachments().forEach(a -> files.add(link(a)));
            card.add(files);
        }
        return card;
    }

    private static void line(Div card, String label, String value) {
        if (value != null && !value.isBlank()) {
            Div d = new Div(label + value);
            d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre-line");
            card.add(d);
        }
    }

    private Anchor link(AttachmentInfo a) {
        DownloadHandler file = DownloadHandler.fromInputStream(event -> archive.download(a.id())
                .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.info().fileName(),
                        f.info().contentType(), f.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor link = new Anchor(file, a.fileName());
        link.getStyle().set("margin-right", "var(--lumo-space-m)");
        return link;
    }

    private void revoke(ArchiveEntry e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("撤销档案记录");
        TextArea reason = new TextArea("撤销原因");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("撤销后记录仍保留在档案中并标注已撤销，不再计入廉情评估");
        dialog.add(new Paragraph("「" + e.title() + "」（" + ZhCn.date(e.entryDate()) + "）"), reason);
        dialog.setWidth("32rem");
        Button confirm = new Button("确认撤销", c -> {
            try {
                archive.revoke(e.id(), reason.getValue());
                dialog.close();
                FieldErrors.success("已撤销");
                afterChange();
            } catch (ValidationFailedException ex) {
                reason.setErrorMessage(ex.fieldErrors().getOrDefault("revokeReason", ex.getMessage()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("取消", c -> dialog.close()), confirm);
        dialog.open();
    }
}
