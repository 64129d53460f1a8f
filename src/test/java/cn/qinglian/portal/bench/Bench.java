package cn.qinglian.portal.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The benchmark entry point: runs every {@link Measure} against a district-scale dataset in its own
 * data directory and prints ONE JSON object on stdout. Progress, Spring's logs and the started
 * applications' output go to stderr or log files, so stdout stays machine-readable.
 *
 * <p>Run with {@code mvn -q -B -Pbench verify} (docs/bench.md). System properties: {@code bench.runs}
 * (default 3), {@code bench.dir} (default target/bench), {@code bench.keep} (keep the data
 * directories), {@code bench.start-timeout-s} (default 240), {@code bench.only} (comma-separated measure class
 * names to run just those while developing, e.g. {@code JAVA_TOOL_OPTIONS=-Dbench.only=DashboardData}).
 */
public final class Bench {

    /** The measures in the order they run; a new figure is one more entry here. */
    static final List<Measure> MEASURES = List.of(
            new UsersGridPage(),
            new CadreGridPage(),
            new CadreTimeline(),
            new ArchiveCardPdf(),
            new ArchiveCardBatch(),
            new LetterFigures(),
            new RosterImport10k(), // last of the cadre figures: it adds 10,000 cadres a run
            new ItemsGridPage(), // the first clearance figure generates the 200,000 items
            new ClearanceBoards(),
            new MyWorkMeasure(),
            new ItemsPrint1k(),
            new ItemsImport5k(), // last of the clearance figures: it adds 5,000 items a run
            new BulletinFigures(), // the month's bulletin of a township of that dataset
            new DashboardData(),
            StartMeasure.cold(),
            StartMeasure.warm());

    private static final long STARTED = System.nanoTime();

    private Bench() {
    }

    public static void main(String[] args) {
        PrintStream result = System.out;
        // everything but the result (banner, logs, the first-admin notice) must stay off stdout
        System.setOut(System.err);
        int status = 0;
        try (BenchEnv env = BenchEnv.fromSystemProperties()) {
            log("bench directory " + env.root() + ", " + env.runs() + " runs per start figure, " + load());
            Figures figures = new Figures();
            List<String> only = List.of(System.getProperty("bench.only", "").split(",")).stream()
                    .filter(n -> !n.isBlank()).toList();
            for (Measure measure : MEASURES) {
                if (!only.isEmpty() && !only.contains(measure.name())) {
                    continue;
                }
                log("measure " + measure.name());
                measure.run(env, figures);
            }
            env.dataset().addTo(figures);
            figures.put("runs", env.runs());
            String json = figures.toJson();
            env.writeResult(json);
            log("done, " + load());
            result.println(json);
            result.flush();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        // the in-process context leaves scheduler and pool threads; the run must end by itself
        System.exit(status);
    }

    /** Start times on 2 cores depend on what else runs: the load goes with the progress, to judge figures by. */
    private static String load() {
        return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** Progress on stderr, with the seconds since the bench started. */
    static void log(String message) {
        System.err.printf("[bench %6.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }
}
