package cn.qinglian.portal.bench;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the measures share: the settings, the bench directory ({@code target/bench/<timestamp>},
 * never the dev {@code data/}), and the bench database with its generated dataset, opened
 * in-process on demand and released before a measure starts the application as a process.
 */
public final class BenchEnv implements AutoCloseable {

    /** Satisfies the password policy; the first administrator of every bench database gets it. */
    static final String ADMIN_PASSWORD = "Bench#2026admin";

    private final Path root;
    private final Path datasetDir;
    private final int runs;
    private final boolean keep;
    private final Duration startTimeout;
    private @Nullable InProcessApp app;
    private @Nullable Dataset dataset;
    private int freshDirs;

    private BenchEnv(Path root, int runs, boolean keep, Duration startTimeout) {
        this.root = root;
        this.datasetDir = root.resolve("dataset");
        this.runs = runs;
        this.keep = keep;
        this.startTimeout = startTimeout;
    }

    static BenchEnv fromSystemProperties() throws IOException {
        Path base = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath().normalize();
        if (base.startsWith(Path.of("data").toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("bench.dir must not be inside the dev data directory: " + base);
        }
        int runs = Integer.getInteger("bench.runs", 3);
        if (runs < 1) {
            throw new IllegalArgumentException("bench.runs must be >= 1");
        }
        Path root = base.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(root.resolve("logs"));
        return new BenchEnv(root, runs, Boolean.getBoolean("bench.keep"),
                Duration.ofSeconds(Integer.getInteger("bench.start-timeout-s", 240)));
    }

    public Path root() {
        return root;
    }

    /** How many timed runs each start figure takes (cheap in-process figures take more). */
    public int runs() {
        return runs;
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    public Path logFile(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    /** The application in this JVM on the bench database; the first call generates the dataset. */
    public ConfigurableApplicationContext app() {
        if (app == null) {
            app = InProcessApp.start(datasetDir);
            if (dataset == null) {
                dataset = DatasetGenerator.generate(app.context());
            }
        }
        return app.context();
    }

    /** The bench database with its dataset, released by this JVM so another process can open it. */
    public Path datasetDir() {
        if (dataset == null) {
            app();
        }
        closeApp();
        return datasetDir;
    }

    public Dataset dataset() {
        if (dataset == null) {
            app();
        }
        return java.util.Objects.requireNonNull(dataset);
    }

    /** A new, not yet existing data directory: the application installs everything into it. */
    public Path freshDir(String prefix) {
        return root.resolve(prefix + "-" + ++freshDirs);
    }

    /** Deletes a data directory a measure no longer needs, unless {@code bench.keep} is set. */
    public void discard(Path dir) throws IOException {
        if (!keep) {
            Dirs.delete(dir);
        }
    }

    /** Stops the in-process application and its embedded MariaDB, if running. */
    public void closeApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /** Also as {@code latest.json} next to the runs: a fixed path for scripts. */
    void writeResult(String json) throws IOException {
        Files.writeString(root.resolve("result.json"), json + "\n");
        Files.writeString(root.resolveSibling("latest.json"), json + "\n");
    }

    @Override
    public void close() throws IOException {
        closeApp();
        discard(datasetDir);
    }
}
