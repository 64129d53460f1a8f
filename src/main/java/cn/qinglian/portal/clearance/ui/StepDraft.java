package cn.qinglian.portal.clearance.ui;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What a workflow step's dialog asks for: a text (progress, reason, opinion) and, for extensions, a date. */
public class StepDraft {

    private String note = "";
    private @Nullable LocalDate deadline;
    private boolean approve = true;

    public String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note == null ? "" : note; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public boolean isApprove() { return approve; }
    public void setApprove(boolean approve) { this.approve = approve; }
}
