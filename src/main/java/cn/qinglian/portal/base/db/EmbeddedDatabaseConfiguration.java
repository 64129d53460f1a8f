package cn.qinglian.portal.base.db;

import cn.qinglian.portal.base.PortalProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * Without {@code spring.datasource.url} (env {@code PORTAL_DB_URL}) the portal runs on its own
 * embedded MariaDB under {@code portal.data-dir}, so a single machine needs nothing else.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(PortalProperties properties) {
        Path dir = Path.of(properties.dataDir(), "mariadb");
        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(dir, properties.embeddedDb().port());
        log.info("数据保存在 {}", db.dataDir());
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, PortalProperties properties) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .driverClassName("org.mariadb.jdbc.Driver")
                .type(HikariDataSource.class)
                .url(db.jdbcUrl(properties.embeddedDb().schema()))
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("portal-embedded");
        return dataSource;
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
