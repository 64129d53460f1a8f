package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.CadreFilter;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterProgress;
import org.jspecify.annotations.Nullable;

import java.time.YearMonth;

/**
 * The list filter behind each dashboard figure: the view turns them into links, the tests count the lists
 * with them. Each filter selects exactly the rows the figure counts.
 */
public final class DashboardFilters {

    private DashboardFilters() {
    }

    public static ClearanceFilter items(Dashboard d) {
        return ClearanceFilter.ALL.withTownship(d.townshipId());
    }

    public static ClearanceFilter open(Dashboard d) {
        return items(d).withOpenOnly(true);
    }

    public static ClearanceFilter overdue(Dashboard d) {
        return items(d).withOverdue(true);
    }

    public static ClearanceFilter dueSoon(Dashboard d) {
        return items(d).withDueSoon(true);
    }

    public static ClearanceFilter closed(Dashboard d) {
        return items(d).withStatus(ClearanceStatus.CLOSED);
    }

    public static ClearanceFilter batch(Dashboard d) {
        return items(d).withBatch(d.clearance().batch());
    }

    public static ClearanceFilter batchClosed(Dashboard d) {
        return batch(d).withStatus(ClearanceStatus.CLOSED);
    }

    public static ClearanceFilter openedInPeriod(Dashboard d) {
        return items(d).withCreated(d.period().from(), d.period().before());
    }

    public static ClearanceFilter closedInPeriod(Dashboard d) {
        return items(d).withClosed(d.period().from(), d.period().before());
    }

    public static ClearanceFilter openedIn(Dashboard d, YearMonth month) {
        return items(d).withCreated(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static ClearanceFilter closedIn(Dashboard d, YearMonth month) {
        return items(d).withClosed(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static ClearanceFilter source(Dashboard d, ClearanceSource source) {
        return items(d).withSource(source);
    }

    public static ClearanceFilter category(Dashboard d, String category) {
        return items(d).withCategory(category);
    }

    /** A village's items; with the light's colour: red opens its overdue items, yellow its open ones. */
    public static ClearanceFilter village(Dashboard d, long villageId, @Nullable Light light) {
        ClearanceFilter f = items(d).withVillage(villageId);
        return light == Light.RED ? f.withOverdue(true) : light == Light.YELLOW ? f.withOpenOnly(true) : f;
    }

    public static LetterFilter letters(Dashboard d, @Nullable LetterProgress progress, @Nullable Long villageId) {
        return new LetterFilter(d.letters().year(), villageId, null, progress, false, null, null, d.townshipId());
    }

    /** A village's letters behind its light: red opens the overdue ones, yellow the ones still to sign. */
    public static LetterFilter lettersLight(Dashboard d, long villageId, Light light) {
        return light == Light.RED ? letters(d, null, villageId).withOverdueOnly(true)
                : letters(d, light == Light.YELLOW ? LetterProgress.PENDING : null, villageId);
    }

    public static CadreFilter cadres(Dashboard d, @Nullable IntegrityColour rating, @Nullable Long villageId) {
        return CadreFilter.ALL.withStatus(CadreStatus.SERVING).withRating(rating).withVillage(villageId)
                .withTownship(d.townshipId());
    }

    public static ArchiveActivityFilter archive(Dashboard d, @Nullable ArchiveKind kind, @Nullable DisciplineForm form) {
        return ArchiveActivityFilter.of(d.period()).withKind(kind).withForm(form).withTownship(d.townshipId());
    }
}
