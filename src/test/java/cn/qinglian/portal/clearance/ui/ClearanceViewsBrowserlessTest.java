package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.ViewTest;
import cn.qinglian.portal.base.ui.NotFoundView;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.ui.CadreDetailView;
import cn.qinglian.portal.clearance.ClearanceAction;
import cn.qinglian.portal.clearance.ClearanceFixture;
import cn.qinglian.portal.clearance.ClearanceItemDraft;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The clearance screens as the discipline office (jijian) uses them; items are made through the service. */
@ViewTest
@WithUserDetails(value = "jijian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class ClearanceViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired SecurityFixture security;
    @Autowired CadreFixture cadres;
    @Autowired ClearanceFixture fixture;
    @Autowired ClearanceService service;

    String batch;
    long villageA;
    long villageB;
    long open;
    long awaiting;

    @BeforeEach
    void itemsInTwoVillages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        batch = fixture.batch();
        villageA = security.village("甲村" + tag);
        villageB = security.village("乙村" + tag);
        open = fixture.item(batch, villageA, "村务公开不及时", LocalDate.now(BaseConfiguration.ZONE).minusDays(2));
        awaiting = fixture.item(batch, villageB, "合同管理不规范", LocalDate.now(BaseConfiguration.ZONE).plusDays(3));
        fixture.toAwaitingCheck(awaiting, fixture.villageUser(villageB));
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens the grid at an address with a query, as a board link does. */
    private void go(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(ClearanceItemsView.ROUTE,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(ClearanceItemsView.class);
    }

    @Test
    void theGridTakesItsFilterFromTheAddressAndNarrowsByStatus() {
        go("batch=" + encoded(batch));
        PagedGrid<?> list = $(PagedGrid.class).single();
        Grid<?> grid = list.grid();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(list.rowCountText()).isEqualTo("共 2 条");
        ClearanceItemsView view = $(ClearanceItemsView.class).single();
        test(view.statusFilter).selectItem("待验收");
        assertThat(test(grid).size()).isEqualTo(1);
        int title = grid.getColumns().indexOf(grid.getColumnByKey("title"));
        assertThat(test(grid).getCellText(0, title)).isEqualTo("合同管理不规范");
        view.statusFilter.clear();
        test(view.deadlineFilter).selectItem("已逾期");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, title)).isEqualTo("村务公开不及时");
    }

    /** The address's path and parameters, whatever their order. */
    private static java.util.Map<String, java.util.List<String>> query(String href) {
        assertThat(href).startsWith(ClearanceItemsView.ROUTE + "?");
        return com.vaadin.flow.router.QueryParameters.fromString(href.substring(href.indexOf('?') + 1)).getParameters();
    }

    private String href(Grid<cn.qinglian.portal.clearance.BoardRow> grid, cn.qinglian.portal.clearance.BoardRow row, String key) {
        int index = grid.getListDataView().getItems().toList().indexOf(row);
        return ((Anchor) test(grid).getCellComponent(index, grid.getColumns().indexOf(grid.getColumnByKey(key)))).getHref();
    }

    @Test
    void everyBoardNumberLinksToExactlyItsRowsAndABatchIsClearedWhenAllAreClosed() {
        navigate(ClearanceBoardsView.class);
        ClearanceBoardsView boards = $(ClearanceBoardsView.class).single();
        var row = boards.byBatch.getListDataView().getItems().filter(r -> batch.equals(r.key())).findFirst().orElseThrow();
        assertThat(row.total()).isEqualTo(2);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(row.cleared()).isFalse();
        String batchParam = "batch=" + encoded(batch);
        assertThat(query(href(boards.byBatch, row, "total"))).isEqualTo(query("clearance/items?" + batchParam));
        assertThat(query(href(boards.byBatch, row, "closed"))).isEqualTo(query("clearance/items?" + batchParam + "&status=CLOSED"));
        assertThat(query(href(boards.byBatch, row, "overdue"))).isEqualTo(query("clearance/items?" + batchParam + "&overdue=1"));

        // following the overdue link shows that one row
        go(batchParam + "&overdue=1");
        assertThat(test($(PagedGrid.class).single().grid()).size()).isEqualTo(1);

        // within the batch, by village: the village link carries both filters
        navigate(ClearanceBoardsView.class);
        boards = $(ClearanceBoardsView.class).single();
        test(boards.batch).selectItem(batch);
        assertThat(boards.byVillage.getListDataView().getItems()).hasSize(2);
        var inB = boards.byVillage.getListDataView().getItems().filter(r -> String.valueOf(villageB).equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(query(href(boards.byVillage, inB, "closed"))).isEqualTo(query("clearance/items?" + batchParam + "&village=" + villageB + "&status=CLOSED"));

        security.as(fixture.discipline(), () -> service.close(awaiting, fixture.version(awaiting), "同意", java.util.List.of()));
        fixture.toAwaitingCheck(open, fixture.villageUser(villageA));
        security.as(fixture.discipline(), () -> service.close(open, fixture.version(open), "同意", java.util.List.of()));
        // back on the board (the same view instance re-reads its numbers)
        boards.refresh();
        row = boards.byBatch.getListDataView().getItems().filter(r -> batch.equals(r.key())).findFirst().orElseThrow();
        assertThat(row.cleared()).isTrue();
        assertThat(row.overdue()).isZero();
    }

    @Test
    void closingWithoutEvidenceIsRefusedInTheDialogAndWithEvidenceTheItemIsClosed() {
        long bare = fixture.item(batch, villageA, "无佐证事项", LocalDate.now(BaseConfiguration.ZONE).plusDays(20));
        security.as(fixture.villageUser(villageA), () -> service.submit(bare, fixture.version(bare), "已整改", java.util.List.of()));
        navigate("clearance/items/" + bare, ClearanceItemView.class);
        ClearanceItemView view = $(ClearanceItemView.class).single();
        assertThat(view.detail().actions()).contains(ClearanceAction.CLOSE, ClearanceAction.SEND_BACK);
        view.open(ClearanceAction.CLOSE);
        StepDialog dialog = $(StepDialog.class).single();
        test(dialog.form.note).setValue("经核查同意销号");
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.uploadError.getText()).isEqualTo("销号须有整改佐证材料，请上传后再销号");
        dialog.attach("照片.pdf", ClearanceFixture.PDF.content());
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.detail().row().status()).isEqualTo(ClearanceStatus.CLOSED);
        assertThat(view.detail().evidence()).hasSize(1);
        assertThat(view.detail().actions()).containsExactly(ClearanceAction.REOPEN);
    }

    @Test
    void anItemIsCreatedInTheFormAndEditedFromItsPage() {
        navigate(ClearanceItemsView.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("新增事项").single()).click();
        ClearanceItemForm form = $(ClearanceItemForm.class).single();
        test(form.kind).selectItem("问题清单");
        form.batch.setValue(batch);
        form.village.setValue(form.village.getListDataView().getItems()
                .filter(u -> u.id() == villageA).findFirst().orElseThrow());
        form.leadOffices.setValue(java.util.Set.copyOf(form.leadOffices.getListDataView().getItems()
                .filter(u -> u.name().equals("镇纪检办")).toList()));
        test(form.title).setValue("表单新增的问题");
        var save = $(com.vaadin.flow.component.button.Button.class).withText("保存").single();
        test(save).click();
        // no deadline yet: refused at the field, nothing saved
        assertThat(form.deadline.isInvalid()).isTrue();
        form.deadline.setValue(LocalDate.now(BaseConfiguration.ZONE).plusDays(40));
        test(save).click();
        var created = security.as(fixture.discipline(), () -> service.list(
                cn.qinglian.portal.clearance.ClearanceFilter.ALL.withBatch(batch).withText("表单新增"),
                cn.qinglian.portal.base.PageQuery.first(5)));
        assertThat(created).singleElement().satisfies(r -> {
            assertThat(r.villageId()).isEqualTo(villageA);
            assertThat(r.leadOffices()).isEqualTo("镇纪检办");
        });

        navigate("clearance/items/" + created.getFirst().id(), ClearanceItemView.class);
        ClearanceItemView view = $(ClearanceItemView.class).single();
        view.open(ClearanceAction.EDIT);
        ClearanceItemForm edit = $(ClearanceItemForm.class).single();
        assertThat(edit.title.getValue()).isEqualTo("表单新增的问题");
        test(edit.title).setValue("表单修改后的问题");
        test($(com.vaadin.flow.component.button.Button.class).withText("保存").single()).click();
        assertThat(view.detail().row().title()).isEqualTo("表单修改后的问题");
    }

    @Test
    void anItemOutsideTheScopeOrMissingLooksNotFound() {
        navigate("clearance/items/999999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails(value = "cunju", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void aVillageClerkReachesNoOtherVillagesItemByAnyAddress() {
        // cunju works for 青溪村: the items of 甲村/乙村 look as if they did not exist
        navigate("clearance/items/" + open, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        go("batch=" + encoded(batch));
        assertThat(test($(PagedGrid.class).single().grid()).size()).isZero();
        navigate(ClearanceBoardsView.class);
        assertThat($(ClearanceBoardsView.class).single().byBatch.getListDataView().getItems())
                .noneMatch(r -> batch.equals(r.key()));
    }

    @Test
    void myWorkListsTheItemsWaitingForVerification() {
        navigate(MyWorkView.class);
        MyWorkView view = $(MyWorkView.class).single();
        assertThat(view.tabLabels.getFirst()).startsWith("待报送");
        assertThat(view.tabLabels).anySatisfy(l -> assertThat(l).startsWith("待验收（").doesNotContain("（0）"));
    }

    @Test
    void aCadresPageListsTheItemsNamingTheCadre() {
        Cadre cadre = cadres.cadre(villageA, "赵" + UUID.randomUUID().toString().substring(0, 4), Position.PARTY_SECRETARY);
        ClearanceItemDraft d = fixture.draft(batch, villageA, "书记履行第一责任人职责不到位", LocalDate.now(BaseConfiguration.ZONE).plusDays(30));
        d.setResponsiblePeople(cadre.name());
        security.as(fixture.discipline(), () -> service.create(d));
        navigate("cadres/" + cadre.id(), CadreDetailView.class);
        TabSheet tabs = $(TabSheet.class).single();
        test(tabs).select("清单事项");
        @SuppressWarnings("unchecked")
        Grid<cn.qinglian.portal.clearance.ClearanceRow> grid = (Grid<cn.qinglian.portal.clearance.ClearanceRow>)
                $(Grid.class).all().stream().filter(g -> g.getColumns().size() == 6 && g.isAttached()).reduce((a, b) -> b).orElseThrow();
        assertThat(grid.getListDataView().getItems().map(cn.qinglian.portal.clearance.ClearanceRow::title))
                .containsExactly("书记履行第一责任人职责不到位");
    }
}
