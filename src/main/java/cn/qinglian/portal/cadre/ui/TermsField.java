package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.TermDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The posts of a cadre as rows of 职务 + 开始 + 结束; an empty row is ignored. */
class TermsField extends CustomField<List<TermDraft>> {

    static final int MAX_ROWS = 6;

    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Button add = new Button("添加职务", VaadinIcon.PLUS.create(), e -> addRow(null));

    TermsField() {
        setLabel("任职情况");
        list.setPadding(false);
        list.setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        VerticalLayout root = new VerticalLayout(list, add);
        root.setPadding(false);
        root.setSpacing(false);
        add(root);
    }

    /** One post being edited. */
    final class Row extends HorizontalLayout {
        final ComboBox<Position> position = new ComboBox<>();
        final DatePicker startedOn = unlabelledPicker();
        final DatePicker endedOn = unlabelledPicker();

        Row(@Nullable TermDraft term) {
            position.setItems(Position.values());
            position.setItemLabelGenerator(Position::label);
            position.setPlaceholder("职务");
            position.setWidth("13em");
            startedOn.setPlaceholder("开始日期");
            endedOn.setPlaceholder("结束日期（可空）");
            startedOn.setWidth("10em");
            endedOn.setWidth("11em");
            if (term != null) {
                position.setValue(term.getPosition());
                startedOn.setValue(term.getStartedOn());
                endedOn.setValue(term.getEndedOn());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("删除此职务");
            position.addValueChangeListener(e -> updateValue());
            startedOn.addValueChangeListener(e -> updateValue());
            endedOn.addValueChangeListener(e -> updateValue());
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(position, startedOn, endedOn, remove);
        }

        boolean blank() {
            return position.isEmpty() && startedOn.isEmpty() && endedOn.isEmpty();
        }
    }

    private static DatePicker unlabelledPicker() {
        DatePicker picker = new DatePicker();
        picker.setLocale(ZhCn.LOCALE);
        picker.setI18n(ZhCn.datePickerI18n());
        return picker;
    }

    private void addRow(@Nullable TermDraft term) {
        Row row = new Row(term);
        rows.add(row);
        list.add(row);
        add.setEnabled(rows.size() < MAX_ROWS);
        updateValue();
    }

    private void removeRow(Row row) {
        rows.remove(row);
        list.remove(row);
        add.setEnabled(true);
        updateValue();
    }

    @Override
    protected List<TermDraft> generateModelValue() {
        List<TermDraft> terms = new ArrayList<>();
        for (Row r : rows) {
            if (!r.blank()) {
                TermDraft t = new TermDraft();
                t.setPosition(r.position.getValue());
                t.setStartedOn(r.startedOn.getValue());
                t.setEndedOn(r.endedOn.getValue());
                terms.add(t);
            }
        }
        return terms;
    }

    @Override
    protected void setPresentationValue(List<TermDraft> terms) {
        rows.clear();
        list.removeAll();
        (terms == null ? List.<TermDraft>of() : terms).forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(null);
        }
    }

    /** The first reason the rows cannot be saved, in the words of the service's rules. */
    Optional<String> problem() {
        for (Row r : rows) {
            if (r.blank()) {
                continue;
            }
            if (r.position.isEmpty()) {
                return Optional.of("请选择职务");
            }
            if (r.startedOn.isEmpty()) {
                return Optional.of("请输入任职开始日期");
            }
            if (r.startedOn.isInvalid() || r.endedOn.isInvalid()) {
                return Optional.of("请按 2026年11月26日 的格式输入日期");
            }
            if (!r.endedOn.isEmpty() && r.endedOn.getValue().isBefore(r.startedOn.getValue())) {
                return Optional.of("任职结束日期不能早于开始日期");
            }
        }
        return Optional.empty();
    }
}
