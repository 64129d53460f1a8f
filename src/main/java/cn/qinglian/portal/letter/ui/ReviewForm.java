package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.letter.Evaluation;
import cn.qinglian.portal.letter.ReviewDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.Optional;

/** Edits a {@link ReviewDraft}: the cadre's self-report, the evaluation, who evaluated and when. */
class ReviewForm extends Composite<FormLayout> {

    final TextArea selfReport = new TextArea("本人践诺情况");
    final RadioButtonGroup<Evaluation> evaluation = new RadioButtonGroup<>("评议结果");
    final TextField evaluator = new TextField("评议人或评议组织");
    final DatePicker reviewedOn = ZhCn.datePicker("评议日期");
    private final BeanValidationBinder<ReviewDraft> binder = new BeanValidationBinder<>(ReviewDraft.class);
    private ReviewDraft draft = new ReviewDraft();

    ReviewForm() {
        selfReport.setMaxLength(5000);
        selfReport.setMinHeight("8rem");
        selfReport.setPlaceholder("对照承诺事项逐条说明履诺情况");
        evaluation.setItems(Evaluation.values());
        evaluation.setItemLabelGenerator(Evaluation::label);
        evaluator.setHelperText("如：镇党委、村民代表会议");
        binder.forField(selfReport).bind("selfReport");
        binder.forField(evaluation).bind("evaluation");
        binder.forField(evaluator).bind("evaluator");
        binder.forField(reviewedOn).bind("reviewedOn");
        getContent().add(selfReport, evaluation, evaluator, reviewedOn);
        getContent().setColspan(selfReport, 2);
        getContent().setColspan(evaluation, 2);
    }

    void setFormDataObject(ReviewDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    Optional<ReviewDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    BeanValidationBinder<ReviewDraft> binder() {
        return binder;
    }
}
