package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.Set;

/** A user as the list shows it. */
public record UserRow(long id, String username, String displayName, Set<Role> roles, String scopeLabel,
                      boolean enabled, boolean locked, boolean mustChangePassword,
                      @Nullable LocalDateTime lastLoginAt, int version) {

    public String rolesLabel() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
