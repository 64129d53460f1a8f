package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.letter.PublicationDraft;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;

import java.time.LocalDate;
import java.util.List;

/** 公示 of one letter, or of the selected letters with one date and place (unsigned ones are left and named). */
class PublicationDialog extends EditorDialog<PublicationDraft> {

    PublicationDialog(LetterSteps steps, List<Long> letterIds, SerializableRunnable done) {
        this(new PublicationForm(), steps, letterIds, null, done);
    }

    /** One letter, checked against the version the page showed. */
    PublicationDialog(LetterSteps steps, long letterId, int version, SerializableRunnable done) {
        this(new PublicationForm(), steps, List.of(letterId), version, done);
    }

    private PublicationDialog(PublicationForm form, LetterSteps steps, List<Long> ids, Integer version,
                              SerializableRunnable done) {
        super(ids.size() == 1 ? "公示承诺书" : "批量公示（已选 " + ids.size() + " 份）", form, form.binder(),
                form::getFormDataObject, d -> {
                    if (version != null) {
                        steps.publish(ids.getFirst(), version, d);
                        FieldErrors.success("已登记公示");
                        return;
                    }
                    var outcome = steps.publishAll(ids, d);
                    String skipped = outcome.skipped().isEmpty() ? ""
                            : "；未公示 " + outcome.skipped().size() + " 份：" + String.join("、", outcome.skipped());
                    if (outcome.skipped().isEmpty()) {
                        FieldErrors.success("已登记公示 " + outcome.done() + " 份");
                    } else {
                        FieldErrors.error("已登记公示 " + outcome.done() + " 份" + skipped);
                    }
                }, done);
        PublicationDraft draft = new PublicationDraft();
        draft.setPublishedOn(LocalDate.now(BaseConfiguration.ZONE));
        form.setFormDataObject(draft);
        if (version == null) {
            addComponentAsFirst(new Paragraph("只有已签订、尚未公示的承诺书会被登记公示，其余的会列出原因。"));
        }
        setWidth("32rem");
    }
}
