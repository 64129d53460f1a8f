package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A letter as the grid shows it. */
public record LetterRow(long id, int version, int year, long cadreId, String cadreName, long villageId,
                        String villageName, String positionTitle, PositionGroup positionGroup, LetterStatus status,
                        LocalDate deadline, boolean overdue, @Nullable LocalDate signedOn,
                        @Nullable LocalDate publishedOn, @Nullable String publishedWhere,
                        @Nullable Evaluation evaluation, @Nullable LocalDate reviewedOn) {
}
