package cn.qinglian.portal.cadre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the archive entry form edits; which fields are required depends on the kind. */
public class ArchiveEntryDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotNull(message = "缺少干部")
    private @Nullable Long cadreId;
    @NotNull(message = "请选择档案类别")
    private @Nullable ArchiveKind kind;
    @NotNull(message = "请选择日期")
    private @Nullable LocalDate entryDate;
    @NotBlank(message = "请输入事项标题")
    @Size(max = 200, message = "标题不能超过200个字")
    private String title = "";
    @Size(max = 5000, message = "内容摘要不能超过5000个字")
    private String summary = "";
    @Size(max = 100, message = "结果不能超过100个字")
    private String result = "";
    @DecimalMin(value = "0", message = "分数不能为负")
    @DecimalMax(value = "100", message = "分数不能超过100")
    private @Nullable BigDecimal score;
    @Size(max = 16, message = "等次不能超过16个字")
    private String grade = "";
    @Size(max = 64, message = "文号不能超过64个字")
    private String documentNumber = "";
    @Size(max = 100, message = "出具单位不能超过100个字")
    private String issuingBody = "";
    private @Nullable DisciplineForm disciplineForm;
    @Size(max = 32, message = "处理措施不能超过32个字")
    private String measure = "";
    private @Nullable LocalDate influenceUntil;
    private @Nullable PetitionStatus petitionStatus;

    public static ArchiveEntryDraft of(ArchiveEntry e) {
        ArchiveEntryDraft d = new ArchiveEntryDraft();
        d.id = e.id();
        d.version = e.version();
        d.cadreId = e.cadreId();
        d.kind = e.kind();
        d.entryDate = e.entryDate();
        d.title = e.title();
        d.summary = nz(e.summary());
        d.result = nz(e.result());
        d.score = e.score();
        d.grade = nz(e.grade());
        d.documentNumber = nz(e.documentNumber());
        d.issuingBody = nz(e.issuingBody());
        d.disciplineForm = e.disciplineForm();
        d.measure = nz(e.measure());
        d.influenceUntil = e.influenceUntil();
        d.petitionStatus = e.petitionStatus();
        return d;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    public @Nullable Long getId() { return id; }
    public @Nullable Integer getVersion() { return version; }
    public @Nullable Long getCadreId() { return cadreId; }
    public void setCadreId(@Nullable Long cadreId) { this.cadreId = cadreId; }
    public @Nullable ArchiveKind getKind() { return kind; }
    public void setKind(@Nullable ArchiveKind kind) { this.kind = kind; }
    public @Nullable LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(@Nullable LocalDate entryDate) { this.entryDate = entryDate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public @Nullable BigDecimal getScore() { return score; }
    public void setScore(@Nullable BigDecimal score) { this.score = score; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public @Nullable DisciplineForm getDisciplineForm() { return disciplineForm; }
    public void setDisciplineForm(@Nullable DisciplineForm disciplineForm) { this.disciplineForm = disciplineForm; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public @Nullable LocalDate getInfluenceUntil() { return influenceUntil; }
    public void setInfluenceUntil(@Nullable LocalDate influenceUntil) { this.influenceUntil = influenceUntil; }
    public @Nullable PetitionStatus getPetitionStatus() { return petitionStatus; }
    public void setPetitionStatus(@Nullable PetitionStatus petitionStatus) { this.petitionStatus = petitionStatus; }
}
