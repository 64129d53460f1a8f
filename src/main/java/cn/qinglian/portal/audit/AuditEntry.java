package cn.qinglian.portal.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** One audit log row as the views show it. */
public record AuditEntry(long id, LocalDateTime at, @Nullable Long actorId, String actorName, String entity,
                         String entityId, AuditAction action, @Nullable String beforeJson,
                         @Nullable String afterJson, String prevHash, String hash) {
}
