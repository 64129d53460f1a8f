package cn.qinglian.portal.cadre;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One post being edited in the cadre form. */
public class TermDraft {

    @NotNull(message = "请选择职务")
    private @Nullable Position position;
    @NotNull(message = "请输入任职开始日期")
    private @Nullable LocalDate startedOn;
    private @Nullable LocalDate endedOn;

    public TermDraft() {
    }

    public TermDraft(Position position, LocalDate startedOn, @Nullable LocalDate endedOn) {
        this.position = position;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public @Nullable Position getPosition() { return position; }
    public void setPosition(@Nullable Position position) { this.position = position; }
    public @Nullable LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(@Nullable LocalDate startedOn) { this.startedOn = startedOn; }
    public @Nullable LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(@Nullable LocalDate endedOn) { this.endedOn = endedOn; }
}
