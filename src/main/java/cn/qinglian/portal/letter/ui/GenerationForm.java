package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.letter.GenerationRequest;
import cn.qinglian.portal.organisation.OrgUnit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.HasValidation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The choices of a generation run: year, signing deadline, and optionally some villages or position groups. */
class GenerationForm extends Composite<FormLayout> {

    final ComboBox<Integer> year = new ComboBox<>("年度");
    final DatePicker deadline = ZhCn.datePicker("签订截止日期");
    final MultiSelectComboBox<OrgUnit> villages = new MultiSelectComboBox<>("村居");
    final CheckboxGroup<PositionGroup> groups = new CheckboxGroup<>("职务类别");

    GenerationForm(List<OrgUnit> villageChoices, int thisYear, int chosenYear, LocalDate today) {
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(y -> y + "年度");
        year.setValue(Math.max(thisYear - 1, Math.min(thisYear + 1, chosenYear)));
        year.setRequiredIndicatorVisible(true);
        LocalDate usual = LocalDate.of(year.getValue(), 3, 31);
        deadline.setValue(usual.isBefore(today) ? today.plusDays(30) : usual);
        deadline.setMin(today);
        deadline.setRequiredIndicatorVisible(true);
        deadline.setHelperText("截止日期前未签订的承诺书标记为逾期");
        villages.setItems(villageChoices);
        boolean severalTownships = villageChoices.stream().map(OrgUnit::townshipId).distinct().count() > 1;
        villages.setItemLabelGenerator(severalTownships ? OrgUnit::fullName : OrgUnit::name);
        villages.setPlaceholder("全部村居");
        villages.setHelperText("不选即为本人管理范围内的全部村居");
        groups.setItems(PositionGroup.values());
        groups.setItemLabelGenerator(PositionGroup::label);
        groups.setValue(EnumSet.allOf(PositionGroup.class));
        groups.setHelperText("按干部现任最高职务选择模板");
        getContent().add(year, deadline, villages, groups);
        getContent().setColspan(villages, 2);
        getContent().setColspan(groups, 2);
    }

    /** The request, or empty (with the field marked) while something is missing. */
    Optional<GenerationRequest> request() {
        if (groups.getValue().isEmpty()) {
            groups.setErrorMessage("请至少选择一个职务类别");
            groups.setInvalid(true);
            return Optional.empty();
        }
        groups.setInvalid(false);
        Integer y = year.getValue();
        if (y == null) {
            year.setErrorMessage("请选择年度");
            year.setInvalid(true);
            return Optional.empty();
        }
        Set<Long> villageIds = villages.getValue().stream().map(OrgUnit::id).collect(Collectors.toSet());
        return Optional.of(new GenerationRequest(y, deadline.getValue(), villageIds, Set.copyOf(groups.getValue())));
    }

    /** A refusal of the service at its field ("year", "deadline"). */
    void show(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            HasValidation target = "deadline".equals(field) ? deadline : year;
            target.setErrorMessage(message);
            target.setInvalid(true);
        });
    }
}
