package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the template form edits. The pledges are one per line; they are numbered 一、二、… when printed. */
public class LetterTemplateDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    private @Nullable Long townshipId;
    @NotNull(message = "请填写年度")
    @Min(value = 2000, message = "年度不能早于2000年")
    @Max(value = 2100, message = "年度不能晚于2100年")
    private @Nullable Integer year;
    @NotNull(message = "请选择适用职务")
    private @Nullable PositionGroup positionGroup;
    @NotBlank(message = "请填写标题")
    @Size(max = 100, message = "标题不能超过100个字")
    private String title = "";
    @Size(max = 100, message = "称谓不能超过100个字")
    private String salutation = "";
    @Size(max = 2000, message = "开头段落不能超过2000个字")
    private String preamble = "";
    @NotBlank(message = "请填写承诺事项，每行一条")
    @Size(max = 8000, message = "承诺事项不能超过8000个字")
    private String pledges = "";
    @Size(max = 2000, message = "结尾段落不能超过2000个字")
    private String closing = "";

    public static LetterTemplateDraft of(LetterTemplate t) {
        LetterTemplateDraft d = new LetterTemplateDraft();
        d.id = t.id();
        d.version = t.version();
        d.townshipId = t.townshipId();
        d.year = t.year();
        d.positionGroup = t.positionGroup();
        d.title = t.title();
        d.salutation = t.salutation();
        d.preamble = t.preamble();
        d.pledges = t.pledges();
        d.closing = t.closing();
        return d;
    }

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public @Nullable Long getTownshipId() { return townshipId; }
    public void setTownshipId(@Nullable Long townshipId) { this.townshipId = townshipId; }
    public @Nullable Integer getYear() { return year; }
    public void setYear(@Nullable Integer year) { this.year = year; }
    public @Nullable PositionGroup getPositionGroup() { return positionGroup; }
    public void setPositionGroup(@Nullable PositionGroup positionGroup) { this.positionGroup = positionGroup; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSalutation() { return salutation; }
    public void setSalutation(String salutation) { this.salutation = salutation; }
    public String getPreamble() { return preamble; }
    public void setPreamble(String preamble) { this.preamble = preamble; }
    public String getPledges() { return pledges; }
    public void setPledges(String pledges) { this.pledges = pledges; }
    public String getClosing() { return closing; }
    public void setClosing(String closing) { this.closing = closing; }
}
