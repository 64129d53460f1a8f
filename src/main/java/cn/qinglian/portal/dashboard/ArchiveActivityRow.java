package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One talk or accountability record in the archive-activity list. */
public record ArchiveActivityRow(long id, long cadreId, String cadreName, String villageName, ArchiveKind kind,
                                 LocalDate entryDate, String title, @Nullable DisciplineForm form,
                                 @Nullable String measure) {
}
