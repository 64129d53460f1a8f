package cn.qinglian.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The portal started as its own JVM, exactly as an operator starts it (settings by environment
 * variables, production-like: no demo profile), with the bench's java and classpath. Closing it
 * stops the JVM and its embedded MariaDB child, and nothing of it is left running.
 */
final class AppProcess implements AutoCloseable {

    static final String MAIN_CLASS = "cn.qinglian.portal.PortalApplication";
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Set<AppProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        // an interrupted or failed bench must not leave portals or MariaDB servers behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(AppProcess::close),
                "bench-stop-apps"));
    }

    private final Process process;
    private final int port;
    private final int dbPort;
    private final Path log;

    private AppProcess(Process process, int port, int dbPort, Path log) {
        this.process = process;
        this.port = port;
        this.dbPort = dbPort;
        this.log = log;
    }

    static AppProcess launch(Path dataDir, Path log) throws IOException {
        int port = Dirs.freePort();
        int dbPort = Dirs.freePort();
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the bench"));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), MAIN_CLASS)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        // the bench's own shell must not turn this into a demo or external-database start
        List.of("SPRING_PROFILES_ACTIVE", "PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD").forEach(env::remove);
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        env.put("PORT", String.valueOf(port));
        // a known MariaDB port lets the bench remove the server's unpacked binaries afterwards
        env.put("PORTAL_EMBEDDED_DB_PORT", String.valueOf(dbPort));
        env.put("PORTAL_ADMIN_PASSWORD", BenchEnv.ADMIN_PASSWORD);
        AppProcess app = new AppProcess(builder.start(), port, dbPort, log);
        LIVE.add(app);
        return app;
    }

    /** Polls GET /login every 50 ms until it answers 200; fails if the JVM dies or time runs out. */
    void awaitLoginPage(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(30)).GET().build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the portal exited with " + process.exitValue() + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no sign-in page within " + timeout + tail());
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // connection refused until Tomcat is up
                }
                Thread.sleep(POLL);
            }
        }
    }

    /**
     * CPU time so far of the portal JVM and its MariaDB: unlike the wall time it hardly depends on
     * what else runs, so it tells a slow start from a busy machine.
     */
    Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Stops the portal (SIGTERM: it closes its context and MariaDB) and then anything it left behind. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList(); // before they are orphaned
        process.destroy();
        awaitExit(process.toHandle(), 60);
        for (ProcessHandle child : children) {
            child.destroy();
            awaitExit(child, 30);
        }
        LIVE.remove(this);
        Dirs.deleteEmbeddedDbLeftovers(dbPort);
    }

    private static void awaitExit(ProcessHandle handle, int seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                Bench.log("process " + handle.pid() + " did not stop: " + e);
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "; last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "; see " + log;
        }
    }
}
