package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.Optional;

/** The fields of a workflow step: the text, and where the step needs them the new deadline or a decision. */
public class StepForm extends Composite<FormLayout> {

    final TextArea note = new TextArea();
    final DatePicker deadline = ZhCn.datePicker("新的整改期限");
    final RadioButtonGroup<Boolean> approve = new RadioButtonGroup<>("审批结果");
    private final Binder<StepDraft> binder = new Binder<>(StepDraft.class);
    private StepDraft draft = new StepDraft();

    public StepForm(String noteLabel, boolean withDeadline, boolean withDecision) {
        note.setLabel(noteLabel);
        note.setWidthFull();
        note.setMinHeight("7em");
        note.setMaxLength(2000);
        approve.setItems(true, false);
        approve.setItemLabelGenerator(b -> b ? "同意延期" : "不同意延期");
        binder.forField(note).bind("note");
        binder.forField(deadline).bind("deadline");
        binder.forField(approve).bind("approve");
        deadline.setVisible(withDeadline);
        approve.setVisible(withDecision);
        getContent().add(approve, deadline, note);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        setFormDataObject(new StepDraft());
    }

    public void setFormDataObject(StepDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    public Optional<StepDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public Binder<StepDraft> binder() {
        return binder;
    }
}
