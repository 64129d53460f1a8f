package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.ViewTest;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.cadre.ui.CadreDetailView;
import cn.qinglian.portal.letter.LetterFixture;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.LetterStatus;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ViewTest
@WithUserDetails(value = "dangjian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class LetterViewsBrowserlessTest extends SpringBrowserlessTest {

    static final int YEAR = LocalDate.now(BaseConfiguration.ZONE).getYear();

    @Autowired SecurityFixture security;
    @Autowired CadreFixture cadres;
    @Autowired LetterFixture letters;
    @Autowired LetterService letterService;
    @Autowired JdbcClient jdbc;

    long village;
    Cadre secretary;
    Cadre member;
    String villageName;

    @BeforeEach
    void aVillageWithLetters() {
        villageName = "喆溪" + UUID.randomUUID().toString().substring(0, 6);
        village = security.village(villageName);
        secretary = cadres.cadre(village, "王堃喆", Position.PARTY_SECRETARY);
        member = cadres.cadre(village, "李委员", Position.VILLAGE_COMMITTEE_MEMBER);
        letters.generate(YEAR, village);
    }

    @Test
    void theBoardsNumbersOpenTheListWithExactlyThoseLetters() {
        long id = letters.letterOf(secretary.id(), YEAR);
        jdbc.sql("UPDATE commitment_letter SET deadline = :d WHERE id = :id")
                .param("d", LocalDate.now(BaseConfiguration.ZONE).minusDays(2)).param("id", letters.letterOf(member.id(), YEAR)).update();
        navigate("letters/" + id, LetterDetailView.class);
        test($(Button.class).withText("登记签订").single()).click();
        SigningDialog signing = $(SigningDialog.class).single();
        signing.upload.getElement(); // the upload is there; the scan arrives through it in the browser test
        test(signing.save).click();
        assertThat(signing.isOpened()).as("without a scan nothing is signed").isTrue();
        assertThat(signing.uploadError.getText()).isEqualTo("请上传签字后的承诺书扫描件（PDF、JPG或PNG）");
        signing.close();

        navigate(LetterBoardView.class);
        LetterBoardView board = $(LetterBoardView.class).single();
        var row = board.row(r -> r.villageId() == village);
        assertThat(row.generated()).isEqualTo(2);
        assertThat(row.overdue()).isEqualTo(1);
        int index = board.grid.getListDataView().getItems().toList().indexOf(row);
        RouterLink overdue = (RouterLink) test(board.grid).getCellComponent(index, "overdue");
        assertThat(overdue.getText()).isEqualTo("1");
        open(overdue.getHref());
        LettersView list = $(LettersView.class).single();
        assertThat(list.village.getValue().id()).isEqualTo(village);
        assertThat(list.overdue.getValue()).isTrue();
        Grid<?> grid = list.list().grid();
        assertThat(test(grid).size()).isEqualTo(row.overdue());
        assertThat(list.list().rowCountText()).isEqualTo("共 1 条");
    }

    @Test
    void theListFiltersByProgressAndOpensALetterWithItsFrozenText() {
        open("letters?year=" + YEAR + "&village=" + village + "&progress=" + LetterProgress.PENDING.name());
        LettersView list = $(LettersView.class).single();
        Grid<?> grid = list.list().grid();
        assertThat(test(grid).size()).isEqualTo(2);
        open("letters?year=" + YEAR + "&village=" + village + "&progress=" + LetterProgress.SIGNED.name());
        assertThat(test($(LettersView.class).single().list().grid()).size()).isZero();

        long id = letters.letterOf(secretary.id(), YEAR);
        navigate("letters/" + id, LetterDetailView.class);
        String text = $(LetterDetailView.class).single().getElement().getTextRecursively();
        assertThat(text).contains("王堃喆", YEAR + "年度村（社区）党组织书记、主任廉洁履职承诺书", "一、", villageName, "待签订");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("登记签订").doesNotContain("登记公示", "践诺评议");
    }

    /** Follows a link with a query string, as the browser would (browserless navigate() takes none). */
    private void open(String href) {
        String[] parts = href.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(parts[0],
                com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        assertThat($(LettersView.class).all()).hasSize(1);
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAtTheField() {
        letters.template(YEAR, PositionGroup.COMMITTEE);
        navigate(LetterTemplatesView.class);
        Button edit = $(Button.class).withText("编辑").all().get(1);
        test(edit).click();
        LetterTemplateForm form = $(LetterTemplateForm.class).single();
        test(form.pledges).setValue("第一条\n我{性别}承诺");
        test($(Button.class).withText("保存").single()).click();
        assertThat(form.pledges.isInvalid()).isTrue();
        assertThat(form.pledges.getErrorMessage()).startsWith("承诺事项第2条第2字：未知的占位符{性别}");
        assertThat(letters.template(YEAR, PositionGroup.COMMITTEE).pledges()).doesNotContain("性别");
    }

    @Test
    void theCadreDetailHasALettersTabLinkingToTheLetter() {
        navigate("cadres/" + secretary.id(), CadreDetailView.class);
        TabSheet tabs = $(TabSheet.class).single();
        test(tabs).select("承诺书");
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref)
                .contains("letters/" + letters.letterOf(secretary.id(), YEAR));
    }

    @Test
    void theHomePageSaysHowManyLettersWaitAndLinksToExactlyThem() {
        navigate(LetterBoardView.class); // the 工作台 shown at sign-in predates this test's letters: open it afresh
        navigate(cn.qinglian.portal.base.ui.HomeView.class);
        var board = letterService.board(YEAR).total();
        RouterLink pending = $(RouterLink.class).all().stream().filter(l -> l.getText().startsWith("待签订")).findFirst()
                .orElseThrow();
        assertThat(pending.getText()).isEqualTo("待签订 " + (board.generated() - board.signed()) + " 份");
        open(pending.getHref());
        assertThat($(LettersView.class).single().list().rowCountText())
                .isEqualTo("共 " + (board.generated() - board.signed()) + " 条");
    }

    @Test
    void revertingAsksForTheReasonAtTheField() {
        long id = letters.letterOf(member.id(), YEAR);
        jdbc.sql("UPDATE commitment_letter SET status = 'SIGNED', signed_on = :d WHERE id = :id")
                .param("d", LocalDate.now(BaseConfiguration.ZONE)).param("id", id).update();
        navigate("letters/" + id, LetterDetailView.class);
        test($(Button.class).withText("撤回上一环节").single()).click();
        RevertDialog dialog = $(RevertDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写撤回原因");
        assertThat(letterService.get(id).orElseThrow().status()).isEqualTo(LetterStatus.SIGNED);
    }
}
