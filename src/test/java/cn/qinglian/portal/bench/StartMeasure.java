package cn.qinglian.portal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Time from launching the portal JVM until GET /login answers 200: {@code start_cold_ms} on a fresh
 * data directory (MariaDB install and Flyway migrations included), {@code start_warm_ms} on the
 * data directory holding the district-scale dataset (a restart of an existing installation).
 */
final class StartMeasure implements Measure {

    private final String figure;
    private final boolean cold;

    private StartMeasure(String figure, boolean cold) {
        this.figure = figure;
        this.cold = cold;
    }

    static StartMeasure cold() {
        return new StartMeasure("start_cold_ms", true);
    }

    static StartMeasure warm() {
        return new StartMeasure("start_warm_ms", false);
    }

    @Override
    public String name() {
        return figure;
    }

    @Override
    public void run(BenchEnv env, Figures figures) throws Exception {
        env.closeApp(); // the started portal must own its data directory and have the CPU to itself
        List<Double> samples = new ArrayList<>();
        for (int i = 1; i <= env.runs(); i++) {
            Path dir = cold ? env.freshDir("cold") : env.datasetDir(); // generated first if need be
            Path log = env.logFile(figure + "-" + i);
            long started = System.nanoTime();
            Duration cpu;
            try (AppProcess app = AppProcess.launch(dir, log)) {
                app.awaitLoginPage(env.startTimeout());
                samples.add((System.nanoTime() - started) / 1e6);
                cpu = app.cpuTime();
            }
            Bench.log("%s run %d: %d ms (CPU of portal and MariaDB %.1f s; log %s)".formatted(figure, i,
                    Math.round(samples.getLast()), cpu.toMillis() / 1e3, log));
            if (cold) {
                env.discard(dir);
            }
        }
        figures.put(figure, Math.round(Figures.median(samples)));
    }
}
