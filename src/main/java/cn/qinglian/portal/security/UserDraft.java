package cn.qinglian.portal.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.Set;

/** What the user form edits: identity, roles and scope. Passwords are never part of it. */
public class UserDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotBlank(message = "请输入用户名")
    @Pattern(regexp = "^$|^[A-Za-z0-9_.-]{3,32}$", message = "用户名为3–32位字母、数字、下划线、点或连字符")
    private String username = "";
    @NotBlank(message = "请输入姓名")
    @Size(max = 64, message = "姓名不能超过64个字")
    private String displayName = "";
    @NotEmpty(message = "请至少选择一个角色")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private @Nullable ScopeKind scopeKind;
    private @Nullable Long scopeUnitId;

    public static UserDraft of(AppUser u) {
        UserDraft d = new UserDraft();
        d.id = u.id();
        d.version = u.version();
        d.username = u.username();
        d.displayName = u.displayName();
        d.roles = u.roleSet().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roleSet());
        d.scopeKind = u.scopeKind();
        d.scopeUnitId = u.scopeKind() == null ? null : switch (u.scopeKind()) {
            case DISTRICT -> u.districtId();
            case TOWNSHIP -> u.townshipId();
            case OFFICE -> u.officeId();
            case VILLAGE -> u.villageId();
        };
        return d;
    }

    public @Nullable Long getId() { return id; }
    public @Nullable Integer getVersion() { return version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public @Nullable ScopeKind getScopeKind() { return scopeKind; }
    public void setScopeKind(@Nullable ScopeKind scopeKind) { this.scopeKind = scopeKind; }
    public @Nullable Long getScopeUnitId() { return scopeUnitId; }
    public void setScopeUnitId(@Nullable Long scopeUnitId) { this.scopeUnitId = scopeUnitId; }
}
