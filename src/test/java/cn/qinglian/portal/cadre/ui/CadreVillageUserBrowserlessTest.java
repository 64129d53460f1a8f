package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.IdCardNumber;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A village clerk reads their own village's cadres: no edit actions, ID numbers masked. */
@ViewTest
@WithUserDetails(value = "cunju", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class CadreVillageUserBrowserlessTest extends SpringBrowserlessTest {

    static final List<String> EDIT_ACTIONS = List.of("新增干部", "导入花名册", "编辑", "新增档案记录", "撤销", "调整评估",
            "恢复按规则评估");

    @Autowired CadreFixture fixture;
    @Autowired VillageService villages;

    String tag;
    Cadre own;

    @BeforeEach
    void aCadreOfTheClerksVillage() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        long village = villages.choices().getFirst().id();
        own = fixture.cadre(village, "周" + tag, Position.VILLAGE_COMMITTEE_MEMBER);
    }

    private void assertNoEditActions() {
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContainAnyElementsOf(EDIT_ACTIONS);
    }

    /** The position of a column, as the grid tester counts cells. */
    private static int column(Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    @Test
    void theListShowsMaskedIdNumbersAndNoEditActions() {
        navigate(CadresView.class);
        Grid<?> grid = $(PagedGrid.class).single().grid();
        var name = (TextField) grid.getHeaderRows().getLast().getCell(grid.getColumnByKey("name")).getComponent();
        test(name).setValue(tag);
        assertThat(test(grid).size()).isEqualTo(1);
        String shown = test(grid).getCellText(0, column(grid, "idNumber"));
        assertThat(shown).isEqualTo(IdCardNumber.mask(own.idNumber())).contains("**********");
        assertNoEditActions();
    }

    @Test
    void theDetailViewIsReadOnlyWithTheIdNumberMasked() {
        navigate("cadres/" + own.id(), CadreDetailView.class);
        TabSheet tabs = $(TabSheet.class).single();
        for (String tab : List.of("基本信息", "任职情况", "廉洁档案", "廉情评估")) {
            test(tabs).select(tab);
            assertNoEditActions();
        }
        test(tabs).select("基本信息");
        assertThat($(ProfilePanel.class).single().getElement().getTextRecursively())
                .contains(IdCardNumber.mask(own.idNumber())).doesNotContain(own.idNumber());
    }
}
