package cn.qinglian.portal.clearance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a form or an import row gives to create or change an item (a Binder bean). */
public class ClearanceItemDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotNull(message = "请选择清单类别")
    private @Nullable ListKind kind = ListKind.PROBLEM;
    @NotNull(message = "请选择来源")
    private @Nullable ClearanceSource source = ClearanceSource.INSPECTION;
    @NotBlank(message = "请填写批次")
    @Size(max = 100, message = "批次不超过100个字")
    private String batch = "";
    @Size(max = 64, message = "编号不超过64个字")
    private String code = "";
    private @Nullable Long parentId;
    /** Null: a township-level item. */
    private @Nullable Long villageId;
    private Set<Long> leadOfficeIds = new LinkedHashSet<>();
    private Set<Long> responsibleOfficeIds = new LinkedHashSet<>();
    /** Names separated by 、 or commas; matched to the village's cadres by name. */
    @Size(max = 255, message = "责任人不超过255个字")
    private String responsiblePeople = "";
    @Size(max = 64, message = "问题类别不超过64个字")
    private String category = "";
    @NotBlank(message = "请填写事项名称")
    @Size(max = 200, message = "事项名称不超过200个字")
    private String title = "";
    private String description = "";
    private String measures = "";
    @NotNull(message = "请填写整改期限")
    private @Nullable LocalDate deadline;
    @NotNull(message = "请选择优先级")
    private @Nullable Priority priority = Priority.NORMAL;

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public @Nullable ListKind getKind() { return kind; }
    public void setKind(@Nullable ListKind kind) { this.kind = kind; }
    public @Nullable ClearanceSource getSource() { return source; }
    public void setSource(@Nullable ClearanceSource source) { this.source = source; }
    public String getBatch() { return batch; }
    public void setBatch(@Nullable String batch) { this.batch = batch == null ? "" : batch; }
    public String getCode() { return code; }
    public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
    public @Nullable Long getParentId() { return parentId; }
    public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }
    public @Nullable Long getVillageId() { return villageId; }
    public void setVillageId(@Nullable Long villageId) { this.villageId = villageId; }
    public Set<Long> getLeadOfficeIds() { return leadOfficeIds; }
    public void setLeadOfficeIds(@Nullable Set<Long> ids) { this.leadOfficeIds = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids); }
    public Set<Long> getResponsibleOfficeIds() { return responsibleOfficeIds; }
    public void setResponsibleOfficeIds(@Nullable Set<Long> ids) { this.responsibleOfficeIds = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids); }
    public String getResponsiblePeople() { return responsiblePeople; }
    public void setResponsiblePeople(@Nullable String people) { this.responsiblePeople = people == null ? "" : people; }
    public String getCategory() { return category; }
    public void setCategory(@Nullable String category) { this.category = category == null ? "" : category; }
    public String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }
    public String getMeasures() { return measures; }
    public void setMeasures(@Nullable String measures) { this.measures = measures == null ? "" : measures; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public @Nullable Priority getPriority() { return priority; }
    public void setPriority(@Nullable Priority priority) { this.priority = priority; }
}
