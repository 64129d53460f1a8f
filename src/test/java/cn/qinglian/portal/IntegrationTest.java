package cn.qinglian.portal;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on the real embedded MariaDB, with the Flyway migrations
 * applied and the demo township seeded. Tagged {@code database}: .ci/run also runs these against an
 * external MariaDB (10.11) when one answers on 127.0.0.1:3306.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Tag("database")
@ActiveProfiles({"demo", "test"})
public @interface IntegrationTest {
}
