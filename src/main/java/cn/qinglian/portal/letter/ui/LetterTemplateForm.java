package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.letter.LetterTemplateDraft;
import cn.qinglian.portal.letter.Placeholder;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.Optional;

/**
 * Edits a {@link LetterTemplateDraft}. Placeholders in braces are filled for each cadre; a bad one is
 * reported at its field with the pledge/paragraph and character where it is.
 */
class LetterTemplateForm extends Composite<FormLayout> {

    final TextField title = new TextField("标题");
    final TextField salutation = new TextField("称谓");
    final TextArea preamble = new TextArea("开头段落");
    final TextArea pledges = new TextArea("承诺事项（每行一条，打印时自动编号）");
    final TextArea closing = new TextArea("结尾段落");
    private final BeanValidationBinder<LetterTemplateDraft> binder = new BeanValidationBinder<>(LetterTemplateDraft.class);
    private LetterTemplateDraft draft = new LetterTemplateDraft();

    LetterTemplateForm() {
        title.setHelperText("可用占位符：" + Placeholder.all());
        salutation.setPlaceholder("如：中共{乡镇}委员会：");
        pledges.setMinHeight("16rem");
        pledges.setHelperText("每行一条承诺，打印为“一、二、三……”");
        for (TextArea area : new TextArea[]{preamble, closing}) {
            area.setMinHeight("4rem");
        }
        binder.forField(title).bind("title");
        binder.forField(salutation).bind("salutation");
        binder.forField(preamble).bind("preamble");
        binder.forField(pledges).bind("pledges");
        binder.forField(closing).bind("closing");
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.add(title, salutation, preamble, pledges, closing);
    }

    void setFormDataObject(LetterTemplateDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    Optional<LetterTemplateDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    BeanValidationBinder<LetterTemplateDraft> binder() {
        return binder;
    }
}
