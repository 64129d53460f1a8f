package cn.qinglian.portal.base;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How a spreadsheet import (roster, hand-over list) ended: refused as a whole ({@link #refusal}), rejected
 * row by row ({@link #problems}), or stored (created / updated / unchanged records). Nothing is stored
 * unless {@link #stored()}.
 */
public record ImportResult(@Nullable String refusal, List<ImportProblem> problems, int rows, int created,
                           int updated, int unchanged) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public static ImportResult refused(String reason) {
        return new ImportResult(reason, List.of(), 0, 0, 0, 0);
    }

    public static ImportResult rejected(int rows, List<ImportProblem> problems) {
        return new ImportResult(null, problems, rows, 0, 0, 0);
    }

    public static ImportResult stored(int rows, int created, int updated, int unchanged) {
        return new ImportResult(null, List.of(), rows, created, updated, unchanged);
    }

    public boolean stored() {
        return refusal == null && problems.isEmpty();
    }
}
