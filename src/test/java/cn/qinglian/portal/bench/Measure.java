package cn.qinglian.portal.bench;

/**
 * One measure of the benchmark. A new figure is one class implementing this and one line in
 * {@link Bench#MEASURES}; the figure lands in the same JSON object as all others.
 */
public interface Measure {

    /**
     * Runs the measure and puts its figures into {@code figures}: snake_case names ending in their
     * unit (e.g. {@code users_grid_page_ms}), each the median of several runs.
     */
    void run(BenchEnv env, Figures figures) throws Exception;

    /** For the progress log. */
    default String name() {
        return getClass().getSimpleName();
    }
}
