package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One dated record in a cadre's integrity archive (aggregate root; refers to the cadre by id). {@code origin}
 * is the portal route of the record whose step wrote this entry (e.g. {@code letters/12}), null when typed in.
 */
@Table("archive_entry")
public record ArchiveEntry(@Id @Nullable Long id, long cadreId, long townshipId, long villageId, ArchiveKind kind,
                           LocalDate entryDate, String title, @Nullable String summary, @Nullable String result,
                           @Nullable BigDecimal score, @Nullable String grade, @Nullable String documentNumber,
                           @Nullable String issuingBody, @Nullable DisciplineForm disciplineForm,
                           @Nullable String measure, @Nullable LocalDate influenceUntil,
                           @Nullable PetitionStatus petitionStatus, boolean revoked, @Nullable String revokeReason,
                           @Version @Nullable Integer version, String createdBy, LocalDateTime createdAt,
                           LocalDateTime updatedAt, @Nullable String origin) {

    /** A sanction whose influence period still runs on {@code day}. */
    public boolean sanctionRunningOn(LocalDate day) {
        return !revoked && kind == ArchiveKind.ACCOUNTABILITY && influenceUntil != null && !influenceUntil.isBefore(day);
    }

    /** The details a timeline or card shows after the title. */
    public String detail() {
        StringBuilder s = new StringBuilder();
        append(s, disciplineForm == null ? null : disciplineForm.label());
        append(s, measure);
        append(s, result);
        append(s, score == null ? null : score.stripTrailingZeros().toPlainString() + "分");
        append(s, grade);
        append(s, petitionStatus == null ? null : "信访" + petitionStatus.label());
        append(s, influenceUntil == null ? null : "影响期至" + influenceUntil.getYear() + "年"
                + influenceUntil.getMonthValue() + "月" + influenceUntil.getDayOfMonth() + "日");
        return s.toString();
    }

    private static void append(StringBuilder s, @Nullable String part) {
        if (part != null && !part.isBlank()) {
            s.append(s.isEmpty() ? "" : "；").append(part);
        }
    }
}
