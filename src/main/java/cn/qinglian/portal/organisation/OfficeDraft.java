package cn.qinglian.portal.organisation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the office form edits; the service validates it again. */
public class OfficeDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotNull(message = "请选择所属乡镇")
    private @Nullable Long townshipId;
    @NotBlank(message = "请输入科室名称")
    @Size(max = 64, message = "名称不能超过64个字")
    private String name = "";
    @Size(max = 255, message = "职责说明不能超过255个字")
    private String duty = "";
    @Min(value = 0, message = "排序号不能为负数")
    private int sortOrder;

    public static OfficeDraft of(Office o) {
        OfficeDraft d = new OfficeDraft();
        d.id = o.id();
        d.version = o.version();
        d.townshipId = o.townshipId();
        d.name = o.name();
        d.duty = o.duty() == null ? "" : o.duty();
        d.sortOrder = o.sortOrder();
        return d;
    }

    public @Nullable Long getId() { return id; }
    public @Nullable Integer getVersion() { return version; }
    public @Nullable Long getTownshipId() { return townshipId; }
    public void setTownshipId(@Nullable Long townshipId) { this.townshipId = townshipId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDuty() { return duty; }
    public void setDuty(String duty) { this.duty = duty; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
