package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How a roster import ended: refused as a whole ({@link #refusal}), rejected row by row
 * ({@link #problems}), or stored. Nothing is stored unless {@link #stored()}.
 */
public record RosterImportResult(@Nullable String refusal, List<RosterProblem> problems, int rows, int created,
                                 int updated, int unchanged) {

    public RosterImportResult {
        problems = List.copyOf(problems);
    }

    static RosterImportResult refused(String reason) {
        return new RosterImportResult(reason, List.of(), 0, 0, 0, 0);
    }

    static RosterImportResult rejected(int rows, List<RosterProblem> problems) {
        return new RosterImportResult(null, problems, rows, 0, 0, 0);
    }

    static RosterImportResult stored(int rows, CadreService.ImportOutcome outcome) {
        return new RosterImportResult(null, List.of(), rows, outcome.created(), outcome.updated(), outcome.unchanged());
    }

    public boolean stored() {
        return refusal == null && problems.isEmpty();
    }
}
