package cn.qinglian.portal.base;

import cn.qinglian.portal.PortalApplication;
import cn.qinglian.portal.base.db.DatabaseFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A start against an unreachable database fails fast, naming the setting to fix. */
class DatabaseStartupTest {

    @Test
    void unreachableDatabaseFailsWithinThirtySecondsNamingTheSetting() {
        Instant start = Instant.now();
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class)
                .run("--spring.datasource.url=jdbc:mariadb://127.0.0.1:9/portal", "--spring.datasource.username=portal",
                        "--server.port=0", "--spring.main.banner-mode=off").close());
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isNotNull();
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getAction()).contains("PORTAL_DB_URL");
    }

    @Test
    void wrongCredentialsNameTheUserAndPasswordSettings() {
        SQLException denied = new SQLException("(conn=1) Access denied for user 'x'@'localhost'", "28000");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(new IllegalStateException(denied));
        assertThat(analysis.getAction()).contains("PORTAL_DB_USER").contains("PORTAL_DB_PASSWORD");
    }
}
