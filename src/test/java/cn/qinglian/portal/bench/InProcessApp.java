package cn.qinglian.portal.bench;

import cn.qinglian.portal.PortalApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.nio.file.Path;

/**
 * The whole application inside the bench JVM on the bench database, without a web server: the
 * in-process figures call its services directly, as a Vaadin view would. Like a
 * {@code @SpringBootTest} in its default mock environment: a web context on a mock servlet context,
 * because Vaadin's security configuration needs a servlet context and a non-web context has none.
 */
final class InProcessApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int dbPort;

    private InProcessApp(ConfigurableApplicationContext context, int dbPort) {
        this.context = context;
        this.dbPort = dbPort;
    }

    static InProcessApp start(Path dataDir) {
        int dbPort = Dirs.freePort();
        long started = System.nanoTime();
        Bench.log("starting the application in-process on " + dataDir);
        // command-line arguments outrank application.properties, whose portal.data-dir would be ./data
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--portal.data-dir=" + dataDir,
                        "--portal.embedded-db.port=" + dbPort,
                        "--portal.security.initial-admin-password=" + BenchEnv.ADMIN_PASSWORD,
                        "--portal.demo.enabled=false",
                        "--spring.datasource.url=",
                        "--logging.level.root=warn",
                        "--logging.level.cn.qinglian=info");
        Bench.log("in-process application started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return new InProcessApp(context, dbPort);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close(); // the last context releases the embedded MariaDB, which stops it
        Dirs.deleteEmbeddedDbLeftovers(dbPort);
        Bench.log("in-process application stopped");
    }
}
