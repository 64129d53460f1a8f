package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveEntryDraft;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.PetitionStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * Edits an {@link ArchiveEntryDraft}; the fields follow the chosen kind (问责处理 asks for 四种形态,
 * 处理措施, 文号 and 影响期; 信访涉及 for 核查状态; scored kinds for 分数 and 等次). Which of them are
 * required is the service's rule, and its refusals are shown at these fields.
 */
public class ArchiveEntryForm extends Composite<FormLayout> {

    static final List<String> GRADES = List.of("优秀", "称职", "基本称职", "不称职");

    final ComboBox<ArchiveKind> kind = new ComboBox<>("档案类别");
    final DatePicker entryDate = ZhCn.datePicker("日期");
    final TextField title = new TextField("事项标题");
    final TextArea summary = new TextArea("内容摘要");
    final TextField result = new TextField("结果");
    final ComboBox<DisciplineForm> disciplineForm = new ComboBox<>("四种形态");
    final ComboBox<String> measure = new ComboBox<>("处理措施");
    final DatePicker influenceUntil = ZhCn.datePicker("影响期至");
    final ComboBox<PetitionStatus> petitionStatus = new ComboBox<>("核查状态");
    final BigDecimalField score = new BigDecimalField("分数");
    final ComboBox<String> grade = new ComboBox<>("等次");
    final TextField documentNumber = new TextField("文号");
    final TextField issuingBody = new TextField("出具单位");
    private final BeanValidationBinder<ArchiveEntryDraft> binder = new BeanValidationBinder<>(ArchiveEntryDraft.class);
    private ArchiveEntryDraft draft = new ArchiveEntryDraft();

    public ArchiveEntryForm() {
        kind.setItems(ArchiveKind.values());
        kind.setItemLabelGenerator(ArchiveKind::label);
        disciplineForm.setItems(DisciplineForm.values());
        disciplineForm.setItemLabelGenerator(DisciplineForm::label);
        petitionStatus.setItems(PetitionStatus.values());
        petitionStatus.setItemLabelGenerator(PetitionStatus::label);
        free(measure);
        free(grade);
        grade.setItems(GRADES);
        measure.setHelperText("先选择四种形态，再选择或输入处理措施");
        influenceUntil.setHelperText("影响期内不得提名、任用");
        documentNumber.setPlaceholder("如：青纪发〔2026〕3号");
        summary.setMaxLength(5000);
        summary.setMinHeight("6em");
        measure.setItems(allMeasures());
        disciplineForm.addValueChangeListener(e -> {
            String typed = measure.getValue();
            measure.setItems(e.getValue() == null ? allMeasures() : e.getValue().measures());
            measure.setValue(typed);
        });
        kind.addValueChangeListener(e -> adaptTo(e.getValue()));

        binder.forField(kind).bind("kind");
        binder.forField(entryDate).bind("entryDate");
        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(result).bind("result");
        binder.forField(disciplineForm).bind("disciplineForm");
        binder.forField(measure).withConverter(Texts::orEmpty, Texts::orNull).bind("measure");
        binder.forField(influenceUntil).bind("influenceUntil");
        binder.forField(petitionStatus).bind("petitionStatus");
        binder.forField(score).bind("score");
        binder.forField(grade).withConverter(Texts::orEmpty, Texts::orNull).bind("grade");
        binder.forField(documentNumber).bind("documentNumber");
        binder.forField(issuingBody).bind("issuingBody");

        FormLayout form = getContent();
        form.add(kind, entryDate);
        form.add(title, 2);
        form.add(disciplineForm, measure, influenceUntil, petitionStatus, score, grade, result, documentNumber,
                issuingBody);
        form.add(summary, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        adaptTo(null);
    }

    private static List<String> allMeasures() {
        return java.util.Arrays.stream(DisciplineForm.values()).flatMap(f -> f.measures().stream()).toList();
    }

    private static void free(ComboBox<String> box) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> box.setValue(e.getDetail()));
    }

    /** Shows the fields of the kind; the required marks mirror the service's rules. */
    private void adaptTo(@Nullable ArchiveKind k) {
        boolean accountability = k == ArchiveKind.ACCOUNTABILITY;
        show(accountability, disciplineForm, measure, influenceUntil);
        show(k == ArchiveKind.PETITION, petitionStatus);
        show(k != null && k.scored(), score, grade);
        show(!accountability, result);
        disciplineForm.setRequiredIndicatorVisible(accountability);
        measure.setRequiredIndicatorVisible(accountability);
        documentNumber.setRequiredIndicatorVisible(accountability);
        petitionStatus.setRequiredIndicatorVisible(k == ArchiveKind.PETITION);
        documentNumber.setLabel(accountability ? "处理决定文号" : "文号");
    }

    private static void show(boolean visible, Component... fields) {
        for (Component f : fields) {
            f.setVisible(visible);
        }
    }

    public void setFormDataObject(ArchiveEntryDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        adaptTo(draft.getKind());
    }

    /** The edited draft, or empty while a field is invalid; fields hidden for the kind are not kept. */
    public Optional<ArchiveEntryDraft> getFormDataObject() {
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        ArchiveKind k = draft.getKind();
        if (k != ArchiveKind.ACCOUNTABILITY) {
            draft.setDisciplineForm(null);
            draft.setMeasure("");
            draft.setInfluenceUntil(null);
        } else {
            draft.setResult("");
        }
        if (k != ArchiveKind.PETITION) {
            draft.setPetitionStatus(null);
        }
        if (k == null || !k.scored()) {
            draft.setScore(null);
            draft.setGrade("");
        }
        return Optional.of(draft);
    }

    public BeanValidationBinder<ArchiveEntryDraft> binder() {
        return binder;
    }
}
