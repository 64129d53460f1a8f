package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows, for one period and scope. Every figure is an SQL aggregate; the
 * {@link DashboardLinks} give the list filter behind each.
 *
 * @param townshipId the township chosen by a district user, or null for the whole scope
 */
public record Dashboard(Period period, LocalDate today, @Nullable Long townshipId, Clearance clearance, Letters letters,
                        Map<IntegrityColour, Integer> ratings, Archive archive, List<VillageRow> villages,
                        List<MonthPoint> trend, List<Count> bySource, List<Count> byCategory) {

    /** Clearance items: state today, and what opened and closed within the period. */
    public record Clearance(int total, int closed, int open, int overdue, int dueSoon, int openedInPeriod,
                            int closedInPeriod, @Nullable String batch, int batchTotal, int batchClosed) {

        public @Nullable Double rate() {
            return total == 0 ? null : (double) closed / total;
        }

        public @Nullable Double batchRate() {
            return batchTotal == 0 ? null : (double) batchClosed / batchTotal;
        }
    }

    /** Commitment letters of the period's year; signed and published count cumulatively, as the letter board does. */
    public record Letters(int year, int generated, int signed, int published, int reviewed, int pending, int overdue) {
    }

    /** Archive activity within the period: integrity talks, and accountability by the four forms. */
    public record Archive(int talks, int accountability, Map<DisciplineForm, Integer> byForm) {
    }

    /** One village's row of the light matrix and the clearance-rate chart. */
    public record VillageRow(long villageId, String name, int items, int closed, int open, int overdue, int letters,
                             int lettersPending, int lettersOverdue, int cadres, int red, int orange, int yellow) {

        public @Nullable Double rate() {
            return items == 0 ? null : (double) closed / items;
        }

        public Light clearanceLight() {
            return LightRules.clearance(this);
        }

        public Light lettersLight() {
            return LightRules.letters(this);
        }

        public Light ratingLight() {
            return LightRules.ratings(this);
        }
    }

    /** Items opened (created) and closed (销号) in one month. */
    public record MonthPoint(YearMonth month, int opened, int closed) {
    }

    /** A count under a key (a source's enum name, a category's text) and its label. */
    public record Count(String key, String label, int count) {
    }

    public int cadres() {
        return ratings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
