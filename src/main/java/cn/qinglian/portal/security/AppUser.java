package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.util.Set;

/** A portal account (aggregate root) with its roles. Counters of failed sign-ins are updated by SQL. */
@Table("app_user")
public record AppUser(@Id @Nullable Long id, String username, String displayName, String passwordHash,
                      @Nullable ScopeKind scopeKind, @Nullable Long districtId, @Nullable Long townshipId,
                      @Nullable Long officeId, @Nullable Long villageId, boolean enabled,
                      boolean mustChangePassword, LocalDateTime passwordChangedAt, int failedAttempts,
                      @Nullable LocalDateTime lockedUntil, @Nullable LocalDateTime lastLoginAt, boolean demo,
                      @Version @Nullable Integer version, LocalDateTime createdAt, LocalDateTime updatedAt,
                      @MappedCollection(idColumn = "app_user") Set<UserRole> roles) {

    /** One role of a user (row of app_user_role). */
    @Table("app_user_role")
    public record UserRole(Role role) {
    }

    public Set<Role> roleSet() {
        return roles.stream().map(UserRole::role).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The audited view: no password hash. */
    public Snapshot snapshot() {
        return new Snapshot(id, username, displayName, roleSet().stream().map(Enum::name).sorted().toList(),
                scopeKind, districtId, townshipId, officeId, villageId, enabled, mustChangePassword, lockedUntil);
    }

    public record Snapshot(@Nullable Long id, String username, String displayName, java.util.List<String> roles,
                           @Nullable ScopeKind scopeKind, @Nullable Long districtId, @Nullable Long townshipId,
                           @Nullable Long officeId, @Nullable Long villageId, boolean enabled,
                           boolean mustChangePassword, @Nullable LocalDateTime lockedUntil) {
    }
}
