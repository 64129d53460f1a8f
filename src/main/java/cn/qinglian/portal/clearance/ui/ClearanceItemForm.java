package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.clearance.ClearanceItemDraft;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ListKind;
import cn.qinglian.portal.clearance.Priority;
import cn.qinglian.portal.organisation.OrgUnit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits a {@link ClearanceItemDraft}; villages and offices are given as choices, the rules are the service's. */
public class ClearanceItemForm extends Composite<FormLayout> {

    /** The village choice standing for a township-level item. */
    static final OrgUnit TOWNSHIP_LEVEL = new OrgUnit(0, "镇级事项（不属于某个村居）", 0, "");

    final ComboBox<ListKind> kind = new ComboBox<>("清单");
    final ComboBox<ClearanceSource> source = new ComboBox<>("来源");
    final ComboBox<String> batch = new ComboBox<>("批次");
    final TextField code = new TextField("编号");
    final ComboBox<OrgUnit> village = new ComboBox<>("村居");
    final MultiSelectComboBox<OrgUnit> leadOffices = new MultiSelectComboBox<>("牵头单位");
    final MultiSelectComboBox<OrgUnit> responsibleOffices = new MultiSelectComboBox<>("责任单位");
    final TextField people = new TextField("责任人");
    final TextField category = new TextField("问题类别");
    final TextField title = new TextField("事项名称");
    final TextArea description = new TextArea("问题描述");
    final TextArea measures = new TextArea("整改措施");
    final DatePicker deadline = ZhCn.datePicker("整改期限");
    final ComboBox<Priority> priority = new ComboBox<>("优先级");
    private final BeanValidationBinder<ClearanceItemDraft> binder = new BeanValidationBinder<>(ClearanceItemDraft.class);
    private ClearanceItemDraft draft = new ClearanceItemDraft();

    public ClearanceItemForm(List<OrgUnit> villages, List<OrgUnit> offices, List<String> batches) {
        kind.setItems(ListKind.values());
        kind.setItemLabelGenerator(ListKind::label);
        source.setItems(ClearanceSource.values());
        source.setItemLabelGenerator(ClearanceSource::label);
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        batch.setItems(batches);
        batch.setAllowCustomValue(true);
        batch.addCustomValueSetListener(e -> batch.setValue(e.getDetail()));
        batch.setPlaceholder("如：2026年区委第二轮巡察");
        code.setPlaceholder("留空则自动编号");
        List<OrgUnit> villageChoices = new java.util.ArrayList<>();
        villageChoices.add(TOWNSHIP_LEVEL);
        villageChoices.addAll(villages);
        village.setItems(villageChoices);
        village.setItemLabelGenerator(OrgUnit::name);
        leadOffices.setItems(offices);
        leadOffices.setItemLabelGenerator(OrgUnit::name);
        responsibleOffices.setItems(offices);
        responsibleOffices.setItemLabelGenerator(OrgUnit::name);
        people.setPlaceholder("多人用顿号分隔，如：王某、李某");
        people.setHelperText("与本村在任干部同名的，自动关联到干部档案");
        description.setMinHeight("5em");
        measures.setMinHeight("5em");

        binder.forField(kind).bind("kind");
        binder.forField(source).bind("source");
        binder.forField(batch).withConverter(v -> v == null ? "" : v, v -> v == null || v.isEmpty() ? null : v).bind("batch");
        binder.forField(code).bind("code");
        binder.forField(village).withConverter(new VillageConverter(villageChoices)).bind("villageId");
        binder.forField(leadOffices).withConverter(new OfficesConverter(offices)).bind("leadOfficeIds");
        binder.forField(responsibleOffices).withConverter(new OfficesConverter(offices)).bind("responsibleOfficeIds");
        binder.forField(people).bind("responsiblePeople");
        binder.forField(category).bind("category");
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(measures).bind("measures");
        binder.forField(deadline).bind("deadline");
        binder.forField(priority).bind("priority");

        FormLayout form = getContent();
        form.add(kind, source, batch, code, village, priority, leadOffices, responsibleOffices, people, category);
        form.add(title, 2);
        form.add(description, 2);
        form.add(measures, 2);
        form.add(deadline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    }

    public void setFormDataObject(ClearanceItemDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    /** The edited draft, or empty while a field is invalid. */
    public Optional<ClearanceItemDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public BeanValidationBinder<ClearanceItemDraft> binder() {
        return binder;
    }

    private record VillageConverter(List<OrgUnit> choices) implements Converter<@Nullable OrgUnit, @Nullable Long> {
        @Override
        public Result<@Nullable Long> convertToModel(@Nullable OrgUnit value, com.vaadin.flow.data.binder.ValueContext c) {
            return value == null ? Result.error("请选择村居，或选择镇级事项") : Result.ok(value.id() == 0 ? null : value.id());
        }

        @Override
        public @Nullable OrgUnit convertToPresentation(@Nullable Long id, com.vaadin.flow.data.binder.ValueContext c) {
            return choices.stream().filter(u -> id == null ? u.id() == 0 : u.id() == id).findFirst().orElse(null);
        }
    }

    private record OfficesConverter(List<OrgUnit> choices) implements Converter<Set<OrgUnit>, Set<Long>> {
        @Override
        public Result<Set<Long>> convertToModel(Set<OrgUnit> value, com.vaadin.flow.data.binder.ValueContext c) {
            return Result.ok(value.stream().map(OrgUnit::id).collect(Collectors.toCollection(LinkedHashSet::new)));
        }

        @Override
        public Set<OrgUnit> convertToPresentation(@Nullable Set<Long> ids, com.vaadin.flow.data.binder.ValueContext c) {
            return ids == null ? Set.of() : choices.stream().filter(u -> ids.contains(u.id()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
