package cn.qinglian.portal.organisation;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SecurityFixture.class)
class OrganisationTest {

    @Autowired SecurityFixture fixture;
    @Autowired VillageService villages;
    @Autowired OfficeService offices;

    @Test
    void theTownshipHasThePlanOfficesAndTheDemoVillagesIncludingRareCharacters() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        fixture.as(discipline, () -> {
            assertThat(offices.list(new OfficeFilter(null, fixture.township(), null), PageQuery.first(50)))
                    .extracting(OfficeRow::name).containsAll(OrganisationBootstrap.PLAN_OFFICES);
            // 堃 lies outside GB2312: stored, searched and returned intact (utf8mb4)
            assertThat(villages.list(new VillageFilter("堃", null, null, null), PageQuery.first(10)))
                    .extracting(VillageRow::name).contains("堃山村");
        });
    }

    @Test
    void administratorsMaintainVillagesOthersCannot() {
        String admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        String leader = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        VillageDraft draft = new VillageDraft();
        draft.setTownshipId(fixture.township());
        draft.setName("喆园社区" + System.nanoTime());
        draft.setKind(VillageKind.COMMUNITY);
        assertThatThrownBy(() -> fixture.as(leader, () -> villages.save(draft))).isInstanceOf(AccessDeniedException.class);
        Village saved = fixture.as(admin, () -> villages.save(draft));
        assertThat(saved.kind()).isEqualTo(VillageKind.COMMUNITY);

        VillageDraft same = new VillageDraft();
        same.setTownshipId(fixture.township());
        same.setName(draft.getName());
        fixture.as(admin, () -> assertThatThrownBy(() -> villages.save(same)).isInstanceOfSatisfying(
                ValidationFailedException.class, e -> assertThat(e.fieldErrors()).containsEntry("name", "本乡镇已有同名村居")));
        VillageDraft bad = new VillageDraft();
        bad.setTownshipId(fixture.township());
        bad.setName("");
        bad.setCode("含中文");
        fixture.as(admin, () -> assertThatThrownBy(() -> villages.save(bad)).isInstanceOfSatisfying(
                ValidationFailedException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "请输入村居名称").containsKey("code")));

        Village deactivated = fixture.as(admin, () -> villages.setActive(saved.id(), saved.version(), false));
        assertThat(deactivated.active()).isFalse();
        fixture.as(admin, () -> assertThat(villages.choices()).noneMatch(u -> u.id() == saved.id()));
    }
}
