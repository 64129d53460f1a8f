package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;
import org.jspecify.annotations.Nullable;

/** What the letter grid, its exports and the batch print are narrowed to; null means any. */
public record LetterFilter(@Nullable Integer year, @Nullable Long villageId, @Nullable PositionGroup group,
                           @Nullable LetterProgress progress, boolean overdueOnly, @Nullable String name,
                           @Nullable Long cadreId, @Nullable Long townshipId) {

    public static final LetterFilter ALL = new LetterFilter(null, null, null, null, false, null, null, null);

    public static LetterFilter year(int year) {
        return new LetterFilter(year, null, null, null, false, null, null, null);
    }

    public static LetterFilter ofCadre(long cadreId) {
        return new LetterFilter(null, null, null, null, false, null, cadreId, null);
    }

    public LetterFilter withVillage(@Nullable Long village) {
        return new LetterFilter(year, village, group, progress, overdueOnly, name, cadreId, townshipId);
    }

    public LetterFilter withProgress(@Nullable LetterProgress p) {
        return new LetterFilter(year, villageId, group, p, overdueOnly, name, cadreId, townshipId);
    }

    /** A district user's dashboard opens the letters of one township. */
    public LetterFilter withTownship(@Nullable Long township) {
        return new LetterFilter(year, villageId, group, progress, overdueOnly, name, cadreId, township);
    }

    public LetterFilter withOverdueOnly(boolean overdue) {
        return new LetterFilter(year, villageId, group, progress, overdue, name, cadreId, townshipId);
    }
}
