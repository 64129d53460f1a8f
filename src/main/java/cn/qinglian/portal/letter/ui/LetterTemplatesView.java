package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.letter.LetterTemplate;
import cn.qinglian.portal.letter.LetterTemplateDraft;
import cn.qinglian.portal.letter.LetterTemplateService;
import cn.qinglian.portal.letter.LetterText;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeUnit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * 承诺书模板: the letter text of each position group for a year. Saving makes a new revision; letters
 * already generated keep the text they were made with. 预览 prints the unsaved text with sample values.
 */
@Route("letters/templates")
@PageTitle("承诺书模板")
@Menu(title = "承诺书模板", order = 140, icon = "vaadin:file-text")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE})
public class LetterTemplatesView extends VerticalLayout {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<ScopeUnit> township = new ComboBox<>();
    final FlexLayout cards = new FlexLayout();
    private final LetterTemplateService templates;

    public LetterTemplatesView(LetterTemplateService templates) {
        this.templates = templates;
        int thisYear = LocalDate.now(BaseConfiguration.ZONE).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年度");
        year.setValue(thisYear);
        year.setAriaLabel("年度");
        year.setWidth("8rem");
        year.addValueChangeListener(e -> refresh());
        List<ScopeUnit> townships = templates.townships();
        township.setItems(townships);
        township.setItemLabelGenerator(ScopeUnit::name);
        township.setAriaLabel("乡镇");
        township.setVisible(townships.size() > 1);
        if (!townships.isEmpty()) {
            township.setValue(townships.getFirst());
        }
        township.addValueChangeListener(e -> refresh());
        Paragraph hint = new Paragraph("每个年度按职务类别各一份模板。生成承诺书时按干部现任最高职务套用；"
                + "已生成的承诺书保留生成时的文本，修改模板只影响此后生成的承诺书。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        HorizontalLayout bar = new HorizontalLayout(year, township, hint);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        add(bar, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        List<LetterTemplate> mine = templates.list(y).stream()
                .filter(t -> township.getValue() == null || t.townshipId() == township.getValue().id()).toList();
        for (PositionGroup group : PositionGroup.values()) {
            Optional<LetterTemplate> t = mine.stream().filter(x -> x.positionGroup() == group).findFirst();
            cards.add(card(y, group, t));
        }
    }

    private Div card(int y, PositionGroup group, Optional<LetterTemplate> template) {
        Div card = new Div();
        card.addClassName("template-card");
        card.getStyle().set("flex", "1 1 18rem").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)");
        H3 h = new H3(group.label());
        h.getStyle().set("margin-top", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(h);
        if (template.isPresent()) {
            LetterTemplate t = template.get();
            card.add(new Paragraph(t.title()));
            Span meta = new Span("第" + t.revision() + "版 · " + LetterText.lines(t.pledges()).size() + "条承诺 · "
                    + ZhCn.dateTime(t.updatedAt()) + " " + t.updatedBy() + "保存");
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            card.add(meta);
            Button edit = new Button("编辑", VaadinIcon.EDIT.create(), e -> open(LetterTemplateDraft.of(t), t));
            card.add(new Div(edit));
        } else {
            Span none = new Span("尚未建立" + y + "年度模板");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Button create = new Button("新建模板", VaadinIcon.PLUS.create(), e -> {
                LetterTemplateDraft d = templates.newDraft(y, group);
                if (township.getValue() != null) {
                    d.setTownshipId(township.getValue().id());
                }
                open(d, null);
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new Div(none), new Div(create));
        }
        return card;
    }

    private void open(LetterTemplateDraft draft, LetterTemplate saved) {
        LetterTemplateForm form = new LetterTemplateForm();
        form.setFormDataObject(draft);
        String title = draft.getYear() + "年度“" + draft.getPositionGroup().label() + "”模板"
                + (saved == null ? "（新建）" : "（第" + saved.revision() + "版）");
        EditorDialog<LetterTemplateDraft> dialog = new EditorDialog<>(title, form, form.binder(), form::getFormDataObject,
                d -> {
                    LetterTemplate s = templates.save(d);
                    FieldErrors.success("模板已保存为第" + s.revision() + "版");
                }, this::refresh);
        dialog.setWidth("52rem");
        Div previewSlot = new Div();
        previewSlot.addClassName("template-preview");
        dialog.addAction("预览PDF", () -> form.getFormDataObject().ifPresent(d -> {
            try {
                byte[] pdf = templates.preview(d);
                previewSlot.removeAll();
                Anchor open = Downloads.button("打开预览（示例姓名：王堃喆）", VaadinIcon.EYE, Downloads.bytes(
                        "承诺书模板预览.pdf", Downloads.PDF, () -> pdf));
                open.setTarget("_blank");
                previewSlot.add(open);
            } catch (ValidationFailedException ex) {
                FieldErrors.show(form.binder(), ex);
            }
        }));
        dialog.add(previewSlot);
        if (saved != null) {
            Details history = new Details("历史版本");
            templates.revisions(saved.id()).forEach(r -> history.add(new Div("第" + r.revision() + "版 · "
                    + ZhCn.dateTime(r.savedAt()) + " · " + r.savedBy() + " · " + r.title())));
            dialog.add(history);
        }
        dialog.open();
    }
}
