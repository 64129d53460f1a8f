package cn.qinglian.portal.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File and port helpers of the bench. */
final class Dirs {

    private Dirs() {
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The embedded MariaDB unpacks its binaries (~350 MB) into java.io.tmpdir per server port and
     * never removes them (see docs/bench.md); the bench removes those of its own servers once they
     * have stopped, so repeated runs do not fill the disk.
     */
    static void deleteEmbeddedDbLeftovers(int dbPort) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            delete(tmp.resolve("qinglian-mariadb-" + dbPort));
            delete(tmp.resolve("tmp").resolve(String.valueOf(dbPort)));
        } catch (IOException e) {
            Bench.log("could not remove the embedded MariaDB files of port " + dbPort + ": " + e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
