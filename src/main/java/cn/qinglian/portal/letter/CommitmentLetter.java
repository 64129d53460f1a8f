package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.PositionGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A cadre's commitment letter of one year (aggregate root). Its text is the template's as it was when the
 * letter was generated, placeholders filled; the archive entries its steps wrote are referred to by id.
 */
@Table("commitment_letter")
public record CommitmentLetter(@Id @Nullable Long id, long townshipId, long villageId, long cadreId, int year,
                               Position position, String positionTitle, PositionGroup positionGroup, long templateId,
                               int templateRevision, String title, String salutation, String preamble, String pledges,
                               String closing, LocalDate letterDate, LocalDate deadline, LetterStatus status,
                               @Nullable LocalDate signedOn, @Nullable Long signedEntryId, @Nullable LocalDate publishedOn,
                               @Nullable String publishedWhere, @Nullable String selfReport,
                               @Nullable Evaluation evaluation, @Nullable String evaluator,
                               @Nullable LocalDate reviewedOn, @Nullable Long reviewEntryId,
                               @Version @Nullable Integer version, String createdBy, LocalDateTime createdAt,
                               LocalDateTime updatedAt) {

    public boolean overdueOn(LocalDate day) {
        return status == LetterStatus.PENDING && deadline.isBefore(day);
    }

    public List<String> pledgeLines() {
        return LetterText.lines(pledges);
    }

    /** The portal route of this letter: archive entries written by its steps name it as their origin. */
    public String route() {
        return "letters/" + id;
    }

    CommitmentLetter with(LetterStatus status, @Nullable LocalDate signedOn, @Nullable Long signedEntryId,
                          @Nullable LocalDate publishedOn, @Nullable String publishedWhere, @Nullable String selfReport,
                          @Nullable Evaluation evaluation, @Nullable String evaluator, @Nullable LocalDate reviewedOn,
                          @Nullable Long reviewEntryId, LocalDateTime now) {
        return new CommitmentLetter(id, townshipId, villageId, cadreId, year, position, positionTitle, positionGroup,
                templateId, templateRevision, title, salutation, preamble, pledges, closing, letterDate, deadline, status,
                signedOn, signedEntryId, publishedOn, publishedWhere, selfReport, evaluation, evaluator, reviewedOn,
                reviewEntryId, version, createdBy, createdAt, now);
    }
}
