package cn.qinglian.portal.audit;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Its own context (and schema): it breaks the chain on purpose, so never on a shared database. */
@IntegrationTest
@Tag("own-schema")
@Import(SecurityFixture.class)
@TestPropertySource(properties = "portal.test.context=audit-tamper")
class AuditChainTamperTest {

    @Autowired SecurityFixture fixture;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void verificationReportsTheFirstForgedEntry() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        assertThat(fixture.as(discipline, () -> audit.verifyChain()).intact()).isTrue();
        // someone with database access slips in an entry that does not link to the chain
        jdbc.sql("""
                        INSERT INTO audit_log (at, actor_name, entity, entity_id, action, prev_hash, hash)
                        VALUES (:at, 'intruder', 'app_user', '1', 'UPDATE', :h, :h)""")
                .param("at", LocalDateTime.now()).param("h", "f".repeat(64)).update();
        long forged = jdbc.sql("SELECT MAX(id) FROM audit_log").query(Long.class).single();
        ChainVerification result = fixture.as(discipline, () -> audit.verifyChain());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(forged);
        assertThat(result.problem()).contains("链接不一致");
    }
}
