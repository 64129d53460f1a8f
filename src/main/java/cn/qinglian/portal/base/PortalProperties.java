package cn.qinglian.portal.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself (prefix {@code portal}). Every one has an environment variable
 * named in application.properties, so an operator never edits files inside the jar.
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("data") String dataDir,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Organisation organisation,
        @DefaultValue Security security,
        @DefaultValue Demo demo) {

    /** Demo mode (README run command): a fictional township and one account per role. */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /** The embedded MariaDB used when no {@code spring.datasource.url} is set. */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("portal") String schema) {
    }

    /**
     * The organisation created on first start of an empty database; and the issuing organ of the monthly
     * bulletin (blank: the township's name + 清廉村居建设工作领导小组办公室) and its document-number prefix
     * (e.g. 青清廉办 → 青清廉办〔2026〕11号).
     */
    public record Organisation(@DefaultValue("本区") String districtName,
                               @DefaultValue("本镇") String townshipName,
                               @DefaultValue("") String bulletinOrgan,
                               @DefaultValue("清廉办") String documentPrefix,
                               @DefaultValue("镇党委、镇政府主要领导，各村（社区）党组织") String bulletinCopyTo) {
    }

    /** Identity controls (等保2.0 level 3). */
    public record Security(@DefaultValue("0") int passwordExpiryDays,
                           @DefaultValue("5") int maxFailedAttempts,
                           @DefaultValue("15") int lockMinutes,
                           String initialAdminPassword) {
    }
}
