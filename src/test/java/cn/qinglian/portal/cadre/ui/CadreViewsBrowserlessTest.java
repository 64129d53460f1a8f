package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.TimelineItem;
import cn.qinglian.portal.base.ui.NotFoundView;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadre list and detail view as a DISCIPLINE clerk uses them. Views are reached through
 * {@code $(...)}: with method security on, the router holds a proxy of a {@code @RolesAllowed} view.
 */
@ViewTest
@WithUserDetails(value = "jijian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class CadreViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired SecurityFixture security;
    @Autowired CadreFixture fixture;
    @Autowired ArchiveService archive;

    String tag;
    String villageA;
    Cadre secretary;
    Cadre supervisor;

    @BeforeEach
    void twoVillages() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        villageA = "甲村" + tag;
        long a = security.village(villageA);
        long b = security.village("乙村" + tag);
        secretary = fixture.cadre(a, "王" + tag, Position.PARTY_SECRETARY, Position.DIRECTOR);
        supervisor = fixture.cadre(b, "李" + tag, Position.SUPERVISION_DIRECTOR);
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    @SuppressWarnings("unchecked")
    private <V> ComboBox<V> headerFilter(Grid<?> grid, String key) {
        return (ComboBox<V>) grid.getHeaderRows().getLast().getCell(grid.getColumnByKey(key)).getComponent();
    }

    /** The position of a column, as the grid tester counts cells. */
    private static int column(Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    @Test
    void theListShowsCadresAndItsFiltersNarrowIt() {
        navigate(CadresView.class);
        PagedGrid<?> list = $(PagedGrid.class).single();
        Grid<?> grid = list.grid();
        var name = (com.vaadin.flow.component.textfield.TextField) grid.getHeaderRows().getLast()
                .getCell(grid.getColumnByKey("name")).getComponent();
        test(name).setValue(tag);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(list.rowCountText()).isEqualTo("共 2 条");

        test(headerFilter(grid, "villageName")).selectItem(villageA);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, column(grid, "name"))).isEqualTo("王" + tag);
        assertThat(test(grid).getCellText(0, column(grid, "positions"))).isEqualTo("党组织书记、村（居）委会主任");
        // the ID number is shown in full to the discipline office
        assertThat(test(grid).getCellText(0, column(grid, "idNumber"))).isEqualTo(secretary.idNumber());
        assertThat(button("打印本村档案卡").isEnabled()).isTrue();

        headerFilter(grid, "villageName").clear();
        test(headerFilter(grid, "positions")).selectItem(Position.SUPERVISION_DIRECTOR.label());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, column(grid, "villageName"))).isEqualTo("乙村" + tag);

        headerFilter(grid, "positions").clear();
        test(headerFilter(grid, "nextTermEnd")).selectItem("30天内");
        assertThat(test(grid).size()).isZero();
        test(headerFilter(grid, "nextTermEnd")).selectItem("365天内");
        assertThat(test(grid).size()).isZero();
        headerFilter(grid, "nextTermEnd").clear();
        test(headerFilter(grid, "rating")).selectItem("红色");
        assertThat(test(grid).size()).isZero();
        assertThat(list.rowCountText()).isEqualTo("共 0 条");
    }

    @Test
    void clickingARowOpensTheDetailView() {
        navigate(CadresView.class);
        PagedGrid<?> list = $(PagedGrid.class).single();
        Grid<?> grid = list.grid();
        var name = (com.vaadin.flow.component.textfield.TextField) grid.getHeaderRows().getLast()
                .getCell(grid.getColumnByKey("name")).getComponent();
        test(name).setValue("李" + tag);
        test(grid).clickRow(0);
        CadreDetailView detail = $(CadreDetailView.class).single();
        assertThat(detail.getPageTitle()).isEqualTo("干部档案 · 李" + tag);
    }

    @Test
    void anAccountabilityEntryNeedsItsFormThenIsSavedToTheArchive() {
        navigate("cadres/" + secretary.id(), CadreDetailView.class);
        test($(TabSheet.class).single()).select("廉洁档案");
        test(button("新增档案记录")).click();
        ArchiveEntryDialog dialog = $(ArchiveEntryDialog.class).single();
        ArchiveEntryForm form = dialog.form;
        test(form.kind).selectItem(ArchiveKind.ACCOUNTABILITY.label());
        assertThat(form.disciplineForm.isVisible()).isTrue();
        assertThat(form.petitionStatus.isVisible()).isFalse();
        test(form.title).setValue("违规发放补贴" + tag);
        form.measure.setValue("诫勉");
        test(form.documentNumber).setValue("青纪发〔2026〕3号");
        test(dialog.save).click();

        assertThat(form.disciplineForm.isInvalid()).isTrue();
        assertThat(form.disciplineForm.getErrorMessage()).isEqualTo("问责处理须选择四种形态");
        assertThat(form.title.getValue()).isEqualTo("违规发放补贴" + tag);
        assertThat(archive.timeline(secretary.id(), null)).isEmpty();

        test(form.disciplineForm).selectItem(DisciplineForm.FIRST.label());
        test(form.influenceUntil).setValue(LocalDate.now(BaseConfiguration.ZONE).plusMonths(6));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(archive.timeline(secretary.id(), null)).singleElement().extracting(TimelineItem::entry)
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ArchiveKind.ACCOUNTABILITY);
                    assertThat(e.disciplineForm()).isEqualTo(DisciplineForm.FIRST);
                    assertThat(e.measure()).isEqualTo("诫勉");
                });
        ArchivePanel panel = $(ArchivePanel.class).single();
        assertThat(panel.timeline.getChildren().count()).isEqualTo(1);
        test(panel.kind).selectItem(ArchiveKind.PETITION.label());
        assertThat(archive.timeline(secretary.id(), ArchiveKind.PETITION)).isEmpty();
        assertThat($(TabSheet.class).single().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void aNewCadreWithAWrongIdNumberIsRefusedAtThatFieldThenSaved() {
        navigate(CadresView.class);
        test(button("新增干部")).click();
        CadreForm form = $(CadreForm.class).single();
        test(form.village).selectItem(villageA);
        test(form.name).setValue("钱" + tag);
        test(form.idNumber).setValue("330102199001011235"); // wrong check digit
        TermsField.Row row = form.terms.rows.getFirst();
        test(row.position).selectItem(Position.GRID_WORKER.label());
        test(row.startedOn).setValue(LocalDate.of(2024, 1, 1));
        test(button("保存")).click();
        assertThat(form.idNumber.isInvalid()).isTrue();
        assertThat(form.name.getValue()).isEqualTo("钱" + tag);

        test(form.idNumber).setValue(CadreFixture.idNumber(cn.qinglian.portal.cadre.Gender.FEMALE));
        test(button("保存")).click();
        assertThat($(CadreForm.class).exists()).isFalse();
        Grid<?> grid = $(PagedGrid.class).single().grid();
        var name = (com.vaadin.flow.component.textfield.TextField) grid.getHeaderRows().getLast()
                .getCell(grid.getColumnByKey("name")).getComponent();
        test(name).setValue("钱" + tag);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, column(grid, "positions"))).isEqualTo(Position.GRID_WORKER.label());
        assertThat(test(grid).getCellText(0, column(grid, "gender"))).isEqualTo("女");
    }

    @Test
    void anUnknownCadreIsNotFound() {
        navigate("cadres/999999999", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
    }
}
