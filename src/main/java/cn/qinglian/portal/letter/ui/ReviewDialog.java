package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.letter.ReviewDraft;
import com.vaadin.flow.function.SerializableRunnable;

import java.time.LocalDate;

/** 践诺评议 of one letter; the result also goes into the cadre's archive as a 绩效考评 entry. */
class ReviewDialog extends EditorDialog<ReviewDraft> {

    ReviewDialog(LetterSteps steps, long letterId, int version, String defaultEvaluator, SerializableRunnable done) {
        this(new ReviewForm(), steps, letterId, version, defaultEvaluator, done);
    }

    private ReviewDialog(ReviewForm form, LetterSteps steps, long letterId, int version, String defaultEvaluator,
                         SerializableRunnable done) {
        super("践诺评议", form, form.binder(), form::getFormDataObject, d -> {
            steps.review(letterId, version, d);
            FieldErrors.success("已登记践诺评议，并记入廉洁档案");
        }, done);
        ReviewDraft draft = new ReviewDraft();
        draft.setReviewedOn(LocalDate.now(BaseConfiguration.ZONE));
        draft.setEvaluator(defaultEvaluator);
        form.setFormDataObject(draft);
        setWidth("40rem");
    }
}
