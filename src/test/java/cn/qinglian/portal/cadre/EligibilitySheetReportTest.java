package cn.qinglian.portal.cadre;

import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.report.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.qinglian.portal.cadre.EligibilityVerdict.Verdict.BLOCKED;
import static cn.qinglian.portal.cadre.EligibilityVerdict.Verdict.ELIGIBLE;
import static cn.qinglian.portal.cadre.EligibilityVerdict.Verdict.NEEDS_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilitySheetReportTest {

    private final EligibilitySheetReport report = new EligibilitySheetReport(new ReportRenderer());

    static EligibilitySheet sheet(int people) {
        List<EligibilityVerdict> verdicts = new ArrayList<>(List.of(
                new EligibilityVerdict("王堃喆", "330523197803051234", ELIGIBLE, List.of("未发现影响任职的情形"), null),
                new EligibilityVerdict("陈晓", "330523198001011234", BLOCKED,
                        List.of("2024年11月受党内警告处分，影响期未满", "存在未整改的审计问题"), LocalDate.of(2026, 11, 26)),
                new EligibilityVerdict("刘婳", "33052319850203123X", NEEDS_REVIEW,
                        List.of("涉及在办信访件一件，待核查结论"), null)));
        for (int i = verdicts.size() + 1; i <= people; i++) {
            verdicts.add(new EligibilityVerdict("候选人" + i, "330523199001011234", ELIGIBLE,
                    List.of("未发现影响任职的情形"), null));
        }
        return new EligibilitySheet("村（社区）干部任职资格联审表", "和平镇", "2026年5月26日 10:30", "镇党委组织委员 张华",
                verdicts, EligibilityReviewService.SIGNING_OFFICES);
    }

    @Test
    void sheetPrintsVerdictsReasonsAndSignatureLines() throws Exception {
        Path pdf = PdfTools.write("eligibility-review", report.pdf(sheet(3)));
        PdfTools.preview(pdf);

        String text = PdfTools.text(pdf);
        assertThat(text).contains("村（社区）干部任职资格联审表", "和平镇", "共3人");
        assertThat(text).contains("王堃喆", "刘婳", "可以任职", "暂不得任职", "需进一步审查");
        assertThat(text).contains("2024年11月受党内警告处分，影响期未满；存在未整改的审计问题", "2026年11月26日");
        assertThat(text).contains("镇纪检办审核意见：", "镇党建办（组织）审核意见：", "镇派出所审核意见：", "镇综治办审核意见：",
                "签字：", "日期：", "第1页共1页");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void longSheetRepeatsTheHeaderOnEveryPage() throws Exception {
        Path pdf = PdfTools.write("eligibility-review-long", report.pdf(sheet(60)));

        int pages = PdfTools.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfTools.text(pdf, page)).as("page %d", page).contains("序号", "身份证号", "结论", "理由", "限制期至");
        }
        assertThat(PdfTools.text(pdf)).contains("候选人60", "共60人");
        PdfTools.assertFontsEmbedded(pdf);
    }
}
