package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveEntryDraft;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.EligibilityVerdict;
import cn.qinglian.portal.cadre.Gender;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import cn.qinglian.portal.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 联审 through the view: one person, and a batch from an xlsx. */
@ViewTest
@WithUserDetails(value = "jijian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class EligibilityReviewViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired SecurityFixture security;
    @Autowired CadreFixture fixture;
    @Autowired ArchiveService archive;

    String tag;
    Cadre sanctioned;
    LocalDate until;

    @BeforeEach
    void aCadreUnderASanction() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        sanctioned = fixture.cadre(security.village("丙村" + tag), "赵" + tag, Position.DIRECTOR);
        until = LocalDate.now(BaseConfiguration.ZONE).plusMonths(18);
        ArchiveEntryDraft d = new ArchiveEntryDraft();
        d.setCadreId(sanctioned.id());
        d.setKind(ArchiveKind.ACCOUNTABILITY);
        d.setEntryDate(LocalDate.now(BaseConfiguration.ZONE).minusDays(3));
        d.setTitle("违规发放补贴");
        d.setDisciplineForm(DisciplineForm.SECOND);
        d.setMeasure("党纪轻处分");
        d.setDocumentNumber("青纪发〔2026〕9号");
        d.setInfluenceUntil(until);
        security.as(fixture.discipline(), () -> archive.save(d));
    }

    @Test
    void onePersonUnderASanctionIsBlockedUntilItsEnd() {
        navigate(EligibilityReviewView.class);
        Screen view = new Screen();
        test(view.name).setValue("赵" + tag);
        test(view.idNumber).setValue(sanctioned.idNumber());
        test(view.review).click();

        String card = $(Div.class).withClassName("verdict-card").single().getElement().getTextRecursively();
        assertThat(card).contains(EligibilityVerdict.Verdict.BLOCKED.label()).contains("违规发放补贴")
                .contains("限制期至 " + ZhCn.date(until));
        assertThat(test(view.results).size()).isEqualTo(1);
        assertThat(test(view.results).getCellText(0, 4)).isEqualTo(ZhCn.date(until));
    }

    @Test
    void aBatchFromAnXlsxGetsAVerdictPerPerson() throws IOException {
        navigate(EligibilityReviewView.class);
        Screen view = new Screen();
        test(view.upload).upload("名单.xlsx", CandidateSheetFile.TYPE, xlsx(
                new String[]{"姓名", "身份证号"},
                new String[]{"赵" + tag, sanctioned.idNumber()},
                new String[]{"钱" + tag, CadreFixture.idNumber(Gender.FEMALE)},
                new String[]{"孙" + tag, "123"}));

        assertThat(test(view.results).size()).isEqualTo(3);
        assertThat(view.results.getListDataView().getItems().map(EligibilityVerdict::verdict))
                .containsExactly(EligibilityVerdict.Verdict.BLOCKED, EligibilityVerdict.Verdict.ELIGIBLE,
                        EligibilityVerdict.Verdict.NEEDS_REVIEW);
        assertThat($(Span.class).withClassName("upload-error").exists()).isFalse();
    }

    @Test
    void aSheetWithoutTheColumnsIsRefusedAtTheUpload() throws IOException {
        navigate(EligibilityReviewView.class);
        Screen view = new Screen();
        test(view.upload).upload("名单.xlsx", CandidateSheetFile.TYPE, xlsx(new String[]{"名字", "号码"},
                new String[]{"赵" + tag, sanctioned.idNumber()}));
        assertThat(view.uploadError().getText()).isEqualTo("第1行须有“姓名”和“身份证号”两列");
        assertThat(test(view.results).size()).isZero();
    }

    /** The view's parts, found in the UI (the router holds a method-security proxy of the view). */
    final class Screen {
        final TextField name = $(TextField.class).withCaption("姓名").single();
        final TextField idNumber = $(TextField.class).withCaption("身份证号").single();
        final Button review = $(Button.class).withText("联审").single();
        final Upload upload = $(Upload.class).single();
        Span uploadError() {
            return $(Span.class).withClassName("upload-error").single();
        }
        @SuppressWarnings("unchecked")
        final Grid<EligibilityVerdict> results = $(Grid.class).single();
    }

    private static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The content type an xlsx upload announces. */
    static final class CandidateSheetFile {
        static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
