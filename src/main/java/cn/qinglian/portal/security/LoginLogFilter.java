package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Filters of the login log view; null means "any". */
public record LoginLogFilter(@Nullable String username, @Nullable Boolean success, @Nullable LoginOutcome outcome,
                             @Nullable String address, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final LoginLogFilter ALL = new LoginLogFilter(null, null, null, null, null, null);
}
