package cn.qinglian.portal.bulletin;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A bulletin in the list, and the head of the editor. */
public record BulletinRow(long id, int version, int year, int month, BulletinStatus status, String title,
                          @Nullable String documentNumber, @Nullable LocalDate issuedOn, @Nullable String issuedBy,
                          @Nullable LocalDateTime issuedAt, @Nullable Long correctsId,
                          @Nullable String correctsNumber, String createdBy) {

    public boolean issued() {
        return status == BulletinStatus.ISSUED;
    }

    /** "2026年11月". */
    public String period() {
        return year + "年" + month + "月";
    }

    public String fileName(String extension) {
        return (documentNumber == null ? period() + "通报（草稿）" : documentNumber + " " + period() + "通报") + "." + extension;
    }
}
