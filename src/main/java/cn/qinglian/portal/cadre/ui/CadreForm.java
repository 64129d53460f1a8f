package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.CadreDraft;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.organisation.OrgUnit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits a {@link CadreDraft}. Gender and birth date are not asked for: the service reads them
 * from the ID number, so they can never disagree with it.
 */
public class CadreForm extends Composite<FormLayout> {

    static final List<String> EDUCATION = List.of("小学", "初中", "高中", "中专", "大专", "本科", "硕士研究生", "博士研究生");

    final ComboBox<OrgUnit> village = new ComboBox<>("村居");
    final TextField name = new TextField("姓名");
    final TextField idNumber = new TextField("身份证号");
    final TextField mobile = new TextField("手机号");
    final Checkbox partyMember = new Checkbox("中共党员");
    final DatePicker partyJoinedOn = ZhCn.datePicker("入党日期");
    final ComboBox<String> education = new ComboBox<>("学历");
    final ComboBox<CadreStatus> status = new ComboBox<>("状态");
    final TermsField terms = new TermsField();
    private final BeanValidationBinder<CadreDraft> binder = new BeanValidationBinder<>(CadreDraft.class);
    private final List<OrgUnit> villages;
    private CadreDraft draft = new CadreDraft();

    public CadreForm(List<OrgUnit> villages) {
        this.villages = villages;
        boolean severalTownships = villages.stream().map(OrgUnit::townshipId).distinct().count() > 1;
        village.setItems(villages);
        village.setItemLabelGenerator(severalTownships ? OrgUnit::fullName : OrgUnit::name);
        idNumber.setHelperText("性别、出生日期由身份证号自动得出");
        idNumber.setMaxLength(18);
        mobile.setMaxLength(11);
        education.setItems(EDUCATION);
        education.setAllowCustomValue(true);
        education.addCustomValueSetListener(e -> education.setValue(e.getDetail()));
        status.setItems(CadreStatus.values());
        status.setItemLabelGenerator(CadreStatus::label);
        partyMember.addValueChangeListener(e -> {
            partyJoinedOn.setEnabled(e.getValue());
            if (!e.getValue()) {
                partyJoinedOn.clear();
            }
        });

        binder.forField(village).asRequired("请选择村居")
                .bind(d -> d.getVillageId() == null ? null : find(d.getVillageId()),
                        (d, v) -> d.setVillageId(v == null ? null : v.id()));
        binder.forField(name).bind("name");
        binder.forField(idNumber).bind("idNumber");
        binder.forField(mobile).bind("mobile");
        binder.forField(partyMember).bind("partyMember");
        binder.forField(partyJoinedOn).bind("partyJoinedOn");
        binder.forField(education).withConverter(Texts::orEmpty, Texts::orNull).bind("education");
        binder.forField(status).bind("status");
        binder.forField(terms).withValidator((value, context) -> terms.problem()
                .map(ValidationResult::error).orElse(ValidationResult.ok())).bind("terms");

        FormLayout form = getContent();
        form.add(village, name, idNumber, mobile, partyMember, partyJoinedOn, education, status);
        form.add(terms, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    }

    private OrgUnit find(long id) {
        return villages.stream().filter(v -> v.id() == id).findFirst().orElse(null);
    }

    public void setFormDataObject(CadreDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        partyJoinedOn.setEnabled(draft.isPartyMember());
    }

    /** The edited draft, or empty while a field is invalid (the field then shows why). */
    public Optional<CadreDraft> getFormDataObject() {
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        // derived again from the (possibly changed) ID number by the service
        draft.setGender(null);
        draft.setBirthDate(null);
        draft.setMobile(Objects.requireNonNullElse(draft.getMobile(), "").trim());
        return Optional.of(draft);
    }

    public BeanValidationBinder<CadreDraft> binder() {
        return binder;
    }
}
