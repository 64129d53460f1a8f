package cn.qinglian.portal.organisation;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SecurityFixture.class)
class TownshipServiceTest {

    @Autowired SecurityFixture fixture;
    @Autowired TownshipService townships;

    @Test
    void aDistrictAdministratorAddsATownshipWithThePlanOffices() {
        String districtAdmin = fixture.user(Role.ADMIN, ScopeKind.DISTRICT, fixture.district());
        String townshipAdmin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
        String name = "新设镇" + System.nanoTime() % 100000;
        fixture.as(districtAdmin, () -> {
            long id = townships.add(name);
            assertThat(townships.list()).filteredOn(t -> t.id() == id).singleElement()
                    .satisfies(t -> assertThat(t.offices()).isEqualTo(OrganisationBootstrap.PLAN_OFFICES.size()));
            assertThatThrownBy(() -> townships.add(name)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("name", "本区已有同名乡镇"));
        });
        fixture.as(townshipAdmin, () -> {
            assertThat(townships.canAdd()).isFalse();
            assertThat(townships.list()).extracting(TownshipRow::id).containsExactly(fixture.township());
            assertThatThrownBy(() -> townships.add("另一个镇")).isInstanceOf(ValidationFailedException.class);
        });
    }
}
