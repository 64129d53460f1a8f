package cn.qinglian.portal.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Filters of the audit log view; null means "any". */
public record AuditFilter(@Nullable String actor, @Nullable String entity, @Nullable String entityId,
                          @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
