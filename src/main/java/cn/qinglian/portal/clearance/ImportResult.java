package cn.qinglian.portal.clearance;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How an import of a hand-over list ended: refused as a whole, rejected row by row, or stored
 * (created / updated / unchanged items). Nothing is stored unless {@link #stored()}.
 */
public record ImportResult(@Nullable String refusal, List<ImportProblem> problems, int rows, int created,
                           int updated, int unchanged) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult refused(String reason) {
        return new ImportResult(reason, List.of(), 0, 0, 0, 0);
    }

    static ImportResult rejected(int rows, List<ImportProblem> problems) {
        return new ImportResult(null, problems, rows, 0, 0, 0);
    }

    public boolean stored() {
        return refusal == null && problems.isEmpty();
    }
}
