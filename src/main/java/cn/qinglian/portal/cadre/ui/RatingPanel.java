package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.cadre.IntegrityRatingService;
import cn.qinglian.portal.cadre.RatingRecord;
import cn.qinglian.portal.cadre.RatingSuggestion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

import java.util.Optional;

/** 廉情评估: the colour in force, what the rules suggest and why, the history; DISCIPLINE may override. */
class RatingPanel extends VerticalLayout {

    private final IntegrityRatingService ratings;
    private final long cadreId;
    private final IntegrityColour fallback;
    private final boolean discipline;
    private final SerializableRunnable changed;
    final Grid<RatingRecord> history = new Grid<>(RatingRecord.class, false);

    RatingPanel(IntegrityRatingService ratings, long cadreId, IntegrityColour inForce, boolean discipline,
                SerializableRunnable changed) {
        this.ratings = ratings;
        this.cadreId = cadreId;
        this.fallback = inForce;
        this.discipline = discipline;
        this.changed = changed;
        setPadding(false);
        getStyle().set("padding-top", "var(--lumo-space-s)");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.addColumn(r -> ZhCn.dateTime(r.setAt())).setHeader("时间").setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(r -> Badges.rating(r.colour())).setHeader("评估").setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(r -> Badges.rating(r.suggested())).setHeader("规则建议").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> String.join("；", r.reasons())).setHeader("依据").setFlexGrow(2)
                .setTooltipGenerator(r -> String.join("\n", r.reasons()));
        history.addColumn(r -> r.overridden() ? r.overrideReason() : "").setHeader("调整理由").setFlexGrow(1)
                .setTooltipGenerator(r -> r.overridden() ? r.overrideReason() : "");
        history.addColumn(RatingRecord::setBy).setHeader("操作人").setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        removeAll();
        Optional<RatingRecord> current = ratings.current(cadreId);
        RatingSuggestion suggestion = ratings.suggest(cadreId);
        HorizontalLayout now = row("当前评估", Badges.rating(current.map(RatingRecord::colour).orElse(fallback)));
        current.filter(RatingRecord::overridden).ifPresent(r ->
                now.add(new Span("经镇纪检办调整（" + ZhCn.dateTime(r.setAt()) + "）：" + r.overrideReason())));
        add(now, row("按规则建议", Badges.rating(suggestion.colour())));
        UnorderedList reasons = new UnorderedList();
        suggestion.reasons().forEach(r -> reasons.add(new ListItem(r)));
        reasons.getStyle().set("margin", "0");
        add(reasons);
        if (discipline) {
            Button override = new Button("调整评估", e -> openOverride());
            Button rules = new Button("恢复按规则评估", e -> {
                ratings.followRules(cadreId);
                FieldErrors.success("已恢复按规则评估");
                afterChange();
            });
            rules.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rules.setEnabled(current.map(RatingRecord::overridden).orElse(false));
            add(new HorizontalLayout(override, rules));
        }
        history.setItems(ratings.history(cadreId));
        add(new H4("评估记录"), history);
    }

    private static HorizontalLayout row(String label, Component value) {
        Span l = new Span(label + "：");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout row = new HorizontalLayout(l, value);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void afterChange() {
        refresh();
        changed.run();
    }

    private void openOverride() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("调整廉情评估");
        dialog.setWidth("32rem");
        ComboBox<IntegrityColour> colour = new ComboBox<>("评估颜色");
        colour.setItems(IntegrityColour.values());
        colour.setItemLabelGenerator(c -> c.label() + "色");
        colour.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea("调整理由");
        reason.setHelperText("不少于5个字；调整后保持有效，直至恢复按规则评估");
        reason.setWidthFull();
        reason.setMaxLength(500);
        dialog.add(new VerticalLayout(colour, reason));
        Button save = new Button("保存", e -> {
            if (colour.isEmpty()) {
                colour.setErrorMessage("请选择评估颜色");
                colour.setInvalid(true);
                return;
            }
            try {
                ratings.override(cadreId, colour.getValue(), reason.getValue());
                dialog.close();
                FieldErrors.success("已调整评估");
                afterChange();
            } catch (ValidationFailedException ex) {
                reason.setErrorMessage(ex.fieldErrors().getOrDefault("overrideReason", ex.getMessage()));
                reason.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        dialog.open();
    }
}
