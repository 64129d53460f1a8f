package cn.qinglian.portal.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** 践诺评议 at year end: the cadre's self-report, the evaluation, who evaluated and when. */
public class ReviewDraft {

    @NotBlank(message = "请填写本人践诺情况")
    @Size(max = 5000, message = "践诺情况不能超过5000个字")
    private String selfReport = "";
    @NotNull(message = "请选择评议结果")
    private @Nullable Evaluation evaluation;
    @NotBlank(message = "请填写评议人或评议组织")
    @Size(max = 32, message = "评议人不能超过32个字")
    private String evaluator = "";
    @NotNull(message = "请选择评议日期")
    private @Nullable LocalDate reviewedOn;

    public String getSelfReport() {
        return selfReport;
    }

    public void setSelfReport(String selfReport) {
        this.selfReport = selfReport;
    }

    public @Nullable Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(@Nullable Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public void setEvaluator(String evaluator) {
        this.evaluator = evaluator;
    }

    public @Nullable LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(@Nullable LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }
}
