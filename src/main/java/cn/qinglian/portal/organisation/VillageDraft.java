package cn.qinglian.portal.organisation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the village form edits; the service validates it again. */
public class VillageDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotNull(message = "请选择所属乡镇")
    private @Nullable Long townshipId;
    @NotBlank(message = "请输入村居名称")
    @Size(max = 64, message = "名称不能超过64个字")
    private String name = "";
    @NotNull(message = "请选择类型")
    private VillageKind kind = VillageKind.VILLAGE;
    @Pattern(regexp = "^$|^[0-9A-Za-z-]{1,32}$", message = "编码只能包含字母、数字和连字符，最多32位")
    private String code = "";
    @Min(value = 0, message = "排序号不能为负数")
    private int sortOrder;

    public static VillageDraft of(Village v) {
        VillageDraft d = new VillageDraft();
        d.id = v.id();
        d.version = v.version();
        d.townshipId = v.townshipId();
        d.name = v.name();
        d.kind = v.kind();
        d.code = v.code() == null ? "" : v.code();
        d.sortOrder = v.sortOrder();
        return d;
    }

    public @Nullable Long getId() { return id; }
    public @Nullable Integer getVersion() { return version; }
    public @Nullable Long getTownshipId() { return townshipId; }
    public void setTownshipId(@Nullable Long townshipId) { this.townshipId = townshipId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VillageKind getKind() { return kind; }
    public void setKind(VillageKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
