package cn.qinglian.portal.audit;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.organisation.VillageDraft;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.LoginLog;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SecurityFixture.class)
class AuditLogTest {

    @Autowired SecurityFixture fixture;
    @Autowired VillageService villages;
    @Autowired AuditLog audit;
    @Autowired LoginLog loginLog;
    @Autowired JdbcClient jdbc;

    @Test
    void everyChangeThroughAServiceRecordsWhoWhatAndBeforeAfter() {
        String admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        String name = "审计村" + UUID.randomUUID().toString().substring(0, 6);
        var created = fixture.as(admin, () -> {
            VillageDraft draft = new VillageDraft();
            draft.setTownshipId(fixture.township());
            draft.setName(name);
            var village = villages.save(draft);
            VillageDraft edit = VillageDraft.of(village);
            edit.setName(name + "新");
            villages.save(edit);
            return village;
        });
        var history = fixture.as(admin, () -> audit.history("village", created.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history).allSatisfy(e -> assertThat(e.actorName()).isEqualTo(admin));
        assertThat(history.get(0).beforeJson()).isNull();
        assertThat(history.get(1).beforeJson()).contains("\"name\":\"" + name + "\"");
        assertThat(history.get(1).afterJson()).contains("\"name\":\"" + name + "新\"");
        assertThat(history.get(1).prevHash()).isEqualTo(history.get(0).hash());
    }

    @Test
    void chainVerifiesIntactAndTheDatabaseRefusesEditsAndDeletes() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        ChainVerification result = fixture.as(discipline, () -> audit.verifyChain());
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor_name = 'x'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("审计日志不可修改");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("审计日志不可删除");
        loginLog.record("someone", null, cn.qinglian.portal.security.LoginOutcome.UNKNOWN_USER, "127.0.0.1", "test");
        assertThatThrownBy(() -> jdbc.sql("UPDATE login_log SET username = 'x'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("登录日志不可修改");
    }

    @Test
    void purgeKeepsSixMonthsAndIsItselfAudited() {
        String admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        jdbc.sql("INSERT INTO login_log (at, username, success, outcome) VALUES (:at, 'old-entry', FALSE, 'BAD_PASSWORD')")
                .param("at", LocalDateTime.now().minusYears(1)).update();
        fixture.as(admin, () -> {
            assertThatThrownBy(() -> loginLog.purgeBefore(LocalDate.now(BaseConfiguration.ZONE).minusMonths(5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少保留 6 个月");
            assertThat(loginLog.purgeBefore(LocalDate.now(BaseConfiguration.ZONE).minusMonths(7))).isGreaterThanOrEqualTo(1);
            var purges = audit.list(new AuditFilter(admin, "login_log", null, AuditAction.PURGE, null, null), PageQuery.first(5));
            assertThat(purges).hasSize(1);
            assertThat(audit.verifyChain().intact()).isTrue();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_log WHERE username = 'old-entry'").query(Integer.class).single()).isZero();
    }

    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aBatchOfChangesChainsExactlyLikeSingleRecords() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        fixture.as(discipline, () -> {
            transactions.executeWithoutResult(t -> audit.recordAll("batch_test", java.util.List.of(
                    new AuditLog.Change(1, AuditAction.CREATE, null, java.util.Map.of("n", 1)),
                    new AuditLog.Change(2, AuditAction.UPDATE, java.util.Map.of("n", 1), java.util.Map.of("n", 2)))));
            var entries = audit.list(new AuditFilter(null, "batch_test", null, null, null, null), PageQuery.first(10));
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
            assertThat(audit.verifyChain().intact()).isTrue();
        });
    }

    @Test
    void aChangedEntryNoLongerMatchesItsHash() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 26, 9, 30, 0, 123_000_000);
        String original = AuditLog.hash("0".repeat(64), at, 1L, "admin", "village", "7", AuditAction.UPDATE, "{}", "{\"name\":\"甲\"}");
        String tampered = AuditLog.hash("0".repeat(64), at, 1L, "admin", "village", "7", AuditAction.UPDATE, "{}", "{\"name\":\"乙\"}");
        assertThat(original).hasSize(64).isNotEqualTo(tampered);
    }
}
