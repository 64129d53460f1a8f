package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

/** Filters of the user list; null means "any". {@code name} matches username or display name. */
public record UserFilter(@Nullable String name, @Nullable Role role, @Nullable ScopeKind scopeKind,
                         @Nullable String unit, @Nullable Boolean enabled, @Nullable Boolean locked) {

    public static final UserFilter ALL = new UserFilter(null, null, null, null, null, null);
}
