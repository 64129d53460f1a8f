package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** One login log row. */
public record LoginLogEntry(long id, LocalDateTime at, String username, @Nullable Long userId, boolean success,
                            LoginOutcome outcome, @Nullable String address, @Nullable String userAgent) {
}
