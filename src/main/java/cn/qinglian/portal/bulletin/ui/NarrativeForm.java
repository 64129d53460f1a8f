package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.bulletin.Narrative;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.Optional;

/**
 * The narrative paragraphs of a draft bulletin; one paragraph per line. The numbers and tables are computed
 * and not edited here.
 */
class NarrativeForm extends Composite<FormLayout> {

    final TextArea intro = area("导语", "开头段落，如：现将有关情况通报如下。");
    final TextArea clearance = area("销号情况分析", "写在销号进度表和图之后");
    final TextArea letters = area("承诺书情况分析", "写在承诺书签订表之后");
    final TextArea archive = area("约谈问责情况分析", "写在约谈问责表之后");
    final TextArea focus = area("下月工作重点", "每行一段，如：一是……");
    private final Binder<NarrativeDraft> binder = new Binder<>(NarrativeDraft.class);
    private NarrativeDraft draft = new NarrativeDraft();

    NarrativeForm() {
        binder.forField(intro).asRequired("请填写导语").bind("intro");
        binder.forField(clearance).asRequired("请填写销号情况分析").bind("clearance");
        binder.forField(letters).asRequired("请填写承诺书情况分析").bind("letters");
        binder.forField(archive).asRequired("请填写约谈问责情况分析").bind("archive");
        binder.forField(focus).asRequired("请填写下月工作重点").bind("focus");
        getContent().add(intro, clearance, letters, archive, focus);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private static TextArea area(String label, String helper) {
        TextArea a = new TextArea(label);
        a.setMaxLength(Narrative.MAX);
        a.setHelperText(helper);
        a.setMinHeight("6rem");
        a.setWidthFull();
        return a;
    }

    void setFormDataObject(NarrativeDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    Optional<NarrativeDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Binder<NarrativeDraft> binder() {
        return binder;
    }
}
