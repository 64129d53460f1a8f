package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/**
 * The letter text of one year and position group in a township (aggregate root). {@code revision} counts
 * the saved texts; every one is kept in letter_template_revision, and letters copy the text they were made from.
 */
@Table("letter_template")
public record LetterTemplate(@Id @Nullable Long id, long townshipId, int year, PositionGroup positionGroup,
                             String title, String salutation, String preamble, String pledges, String closing,
                             int revision, @Version @Nullable Integer version, String updatedBy,
                             LocalDateTime updatedAt) {
}
