package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.organisation.VillageFilter;
import cn.qinglian.portal.organisation.VillageRow;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Village maintenance through the view: a new village is saved, a duplicate name is refused at the field. */
@ViewTest
@WithUserDetails(value = "admin", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class VillagesViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired VillageService villages;

    @Test
    void administratorAddsAVillageAndADuplicateNameIsRefusedAtTheField() {
        navigate(VillagesView.class);
        String name = "新建" + System.nanoTime() % 100000 + "村";
        test($(Button.class).withText("新增村居").single()).click();
        VillageForm form = $(VillageForm.class).single();
        test(form.name).setValue(name);
        test($(Button.class).withText("保存").single()).click();
        assertThat(villages.list(new VillageFilter(name, null, null, null), PageQuery.first(5)))
                .extracting(VillageRow::name).containsExactly(name);
        roundTrip();
        assertThat($(VillageForm.class).exists()).isFalse();

        test($(Button.class).withText("新增村居").single()).click();
        VillageForm again = $(VillageForm.class).single();
        test(again.name).setValue(name);
        test($(Button.class).withText("保存").single()).click();
        assertThat(again.name.isInvalid()).isTrue();
        assertThat(again.name.getErrorMessage()).isEqualTo("本乡镇已有同名村居");
        assertThat(again.name.getValue()).isEqualTo(name);
    }
}
