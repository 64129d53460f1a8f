package cn.qinglian.portal.security;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.organisation.OfficeFilter;
import cn.qinglian.portal.organisation.OfficeRow;
import cn.qinglian.portal.organisation.OfficeService;
import cn.qinglian.portal.organisation.VillageFilter;
import cn.qinglian.portal.organisation.VillageRow;
import cn.qinglian.portal.organisation.VillageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scope from the outside: every service method that lists or loads records, called as a village,
 * office or scope-less user, returns nothing outside that user's unit.
 */
@IntegrationTest
@Import(SecurityFixture.class)
class ScopeIsolationTest {

    @Autowired SecurityFixture fixture;
    @Autowired VillageService villages;
    @Autowired OfficeService offices;
    @Autowired UserService users;
    @Autowired LoginLog loginLog;

    long villageA;
    long villageB;
    String userA;
    String userB;

    @BeforeEach
    void twoVillages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        villageA = fixture.village("甲村" + tag);
        villageB = fixture.village("乙村" + tag);
        userA = fixture.user(Role.VILLAGE, ScopeKind.VILLAGE, villageA);
        userB = fixture.user(Role.VILLAGE, ScopeKind.VILLAGE, villageB);
    }

    @Test
    void villageUserSeesOnlyTheirOwnVillage() {
        fixture.as(userA, () -> {
            var rows = villages.list(VillageFilter.ALL, PageQuery.first(500));
            assertThat(rows).extracting(VillageRow::id).containsExactly(villageA);
            assertThat(villages.count(VillageFilter.ALL)).isEqualTo(1);
            assertThat(villages.choices()).extracting(u -> u.id()).containsExactly(villageA);
            assertThat(villages.get(villageA)).isPresent();
            assertThat(villages.get(villageB)).isEmpty();
            // a filter naming the other village's name cannot widen the scope
            assertThat(villages.list(new VillageFilter("乙村", null, null, null), PageQuery.first(50))).isEmpty();
        });
        fixture.as(userB, () -> assertThat(villages.get(villageA)).isEmpty());
    }

    @Test
    void villageUserSeesNoOfficeAndCannotAdministerUsersOrReadLogs() {
        fixture.as(userA, () -> {
            assertThat(offices.list(OfficeFilter.ALL, PageQuery.first(50))).isEmpty();
            assertThat(offices.count(OfficeFilter.ALL)).isZero();
            assertThatThrownBy(() -> users.list(UserFilter.ALL, PageQuery.first(50))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.get(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> loginLog.count(LoginLogFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void officeUserSeesOnlyTheirOwnOffice() {
        long nongban = fixture.office("镇农办");
        long caizheng = fixture.office("镇财政所");
        String officeUser = fixture.user(Role.OFFICE, ScopeKind.OFFICE, nongban);
        fixture.as(officeUser, () -> {
            assertThat(offices.list(OfficeFilter.ALL, PageQuery.first(50))).extracting(OfficeRow::id).containsExactly(nongban);
            assertThat(offices.get(nongban)).isPresent();
            assertThat(offices.get(caizheng)).isEmpty();
            assertThat(offices.choices()).extracting(u -> u.id()).containsExactly(nongban);
        });
    }

    @Test
    void userWithoutScopeSeesNothing() {
        String nobody = fixture.user(Role.DISCIPLINE, null, null);
        fixture.as(nobody, () -> {
            assertThat(villages.count(VillageFilter.ALL)).isZero();
            assertThat(villages.get(villageA)).isEmpty();
            assertThat(offices.count(OfficeFilter.ALL)).isZero();
        });
    }

    @Test
    void townshipUserSeesEveryVillageOfTheTownship() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        fixture.as(discipline, () -> {
            assertThat(villages.get(villageA)).isPresent();
            assertThat(villages.get(villageB)).isPresent();
        });
    }

    @Test
    void administratorSeesOnlyUsersOfTheirScope() {
        String admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        fixture.as(admin, () -> assertThat(users.list(new UserFilter(userA, null, null, null, null, null), PageQuery.first(10)))
                .extracting(UserRow::username).containsExactly(userA));
    }
}
