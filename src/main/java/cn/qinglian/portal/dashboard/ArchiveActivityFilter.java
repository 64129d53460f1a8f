package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Which talks (廉政约谈) and accountability records (问责处理) an archive-activity number counts: entry dates
 * in [from, before); null means any. Revoked entries never count.
 */
public record ArchiveActivityFilter(@Nullable ArchiveKind kind, @Nullable DisciplineForm form, @Nullable LocalDate from,
                                    @Nullable LocalDate before, @Nullable Long villageId, @Nullable Long townshipId) {

    public static ArchiveActivityFilter of(Period period) {
        return new ArchiveActivityFilter(null, null, period.from(), period.before(), null, null);
    }

    public ArchiveActivityFilter withKind(@Nullable ArchiveKind v) { return new ArchiveActivityFilter(v, form, from, before, villageId, townshipId); }
    public ArchiveActivityFilter withForm(@Nullable DisciplineForm v) { return new ArchiveActivityFilter(kind, v, from, before, villageId, townshipId); }
    public ArchiveActivityFilter withVillage(@Nullable Long v) { return new ArchiveActivityFilter(kind, form, from, before, v, townshipId); }
    public ArchiveActivityFilter withTownship(@Nullable Long v) { return new ArchiveActivityFilter(kind, form, from, before, villageId, v); }
}
