package cn.qinglian.portal.letter;

import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.report.ReportRenderer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LetterReportTest {

    private final LetterReport report = new LetterReport(new ReportRenderer());

    /** Eight pledges of 66–72 characters each. */
    static final List<String> PLEDGES = List.of(
            "严格遵守党章党规党纪和国家法律法规，坚决执行中央八项规定及其实施细则精神，带头践行廉洁自律规范，做到忠诚干净担当，自觉接受党组织和群众的监督。",
            "严格执行村级重大事项“四议两公开”制度，凡涉及集体资产处置、工程项目建设、大额资金使用等事项，一律按程序集体研究决定，不搞个人说了算。",
            "不利用职务之便插手干预村级工程项目招投标和物资采购，不违规承揽或者变相承揽本村工程项目，不在工程建设和物资采购中收受好处费、回扣等财物。",
            "严格规范集体资金、资产、资源管理，不截留、挪用、侵占集体资金，不虚报冒领、套取各类惠民惠农补贴资金，不违规出借集体资金或者为他人提供担保。",
            "在低保评定、危房改造、宅基地审批、征地补偿等工作中坚持公开公平公正，不优亲厚友，不吃拿卡要，不索取或者收受群众财物，不刁难办事群众。",
            "严格执行婚丧喜庆事宜报备制度，不大操大办，不借机敛财，不参与赌博和封建迷信活动，不接受可能影响公正履职的宴请、旅游、健身娱乐等活动安排。",
            "认真落实党风廉政建设主体责任，管好配偶、子女及其他亲属和身边工作人员，不纵容、不默许他们利用本人职务影响谋取私利，发现问题及时报告处理。",
            "主动公开本人廉洁承诺内容和履职情况，定期向党员群众述职述廉，对群众反映的问题认真核实整改，自觉接受乡镇党委、纪委和村务监督委员会的监督。");

    static LetterPrint letter(String name, String village, List<String> pledges) {
        return new LetterPrint("2026年度村（社区）党组织书记、主任廉洁履职承诺书", "中共和平镇委员会：",
                "为深入推进全面从严治党向基层延伸，营造风清气正的村（社区）政治生态，本人作为" + village
                        + "党组织书记、主任，郑重作出如下承诺：",
                pledges, "以上承诺，请组织和群众监督。如有违反，本人自愿接受党纪政纪处分和组织处理，并承担相应责任。",
                name, village, "党组织书记、村民委员会主任", "和平镇", 2026, "2026年  月  日");
    }

    @Test
    void letterFillsOnePageWithEveryPledgeNumberedAndTheRareName() throws Exception {
        assertThat(PLEDGES).allSatisfy(p -> assertThat(p.length()).isBetween(64, 74));
        LetterPrint letter = letter("王堃喆", "喆溪社区", PLEDGES);
        Path pdf = PdfTools.write("commitment-letter", report.pdf(letter));

        PdfTools.preview(pdf);
        assertThat(PdfTools.pages(pdf)).isEqualTo(1);
        String text = PdfTools.text(pdf);
        assertThat(text).contains("2026年度村（社区）党组织书记、主任廉洁履职承诺书", "中共和平镇委员会：",
                "营造风清气正的村（社区）政治生态", letter.closing(), "承诺人（签名）：", "王堃喆",
                "党组织书记、村民委员会主任", "喆溪社区", "2026年月日");
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八"};
        for (int i = 0; i < PLEDGES.size(); i++) {
            assertThat(text).contains(numbers[i] + "、" + PLEDGES.get(i));
        }
        assertThat(text).doesNotContain("九、").doesNotContain("null").doesNotContain("第1页");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void shortLetterWithoutPreambleOrSalutationStillPrintsCleanly() throws Exception {
        LetterPrint full = letter("李娜", "上堡村", PLEDGES.subList(0, 6));
        LetterPrint bare = new LetterPrint(full.title(), "", " ", full.pledges().stream().map(p -> p.substring(0, 40)).toList(),
                "", full.name(), full.village(), "村民委员会主任", full.township(), full.year(), full.dateText());
        Path pdf = PdfTools.write("commitment-letter-short", report.pdf(bare));

        PdfTools.preview(pdf);
        assertThat(PdfTools.pages(pdf)).isEqualTo(1);
        assertThat(PdfTools.text(pdf)).contains("一、严格遵守", "六、", "李娜", "上堡村", "村民委员会主任")
                .doesNotContain("中共和平镇委员会").doesNotContain("七、").doesNotContain("null");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void longestTypicalLetterStillFitsOnePage() throws Exception {
        List<String> nine = new ArrayList<>(PLEDGES);
        nine.add("坚持秉公用权，不在选人用人、入党推荐、评先评优中搞暗箱操作，不打击报复反映问题的党员群众，自觉维护村（社区）和谐稳定。");
        Path pdf = PdfTools.write("commitment-letter-nine", report.pdf(letter("王堃喆", "喆溪社区", nine)));

        assertThat(PdfTools.pages(pdf)).isEqualTo(1);
        assertThat(PdfTools.text(pdf)).contains("九、坚持秉公用权", "承诺人（签名）：", "2026年月日");
    }

    @Test
    void batchHasOnePagePerLetterInTheGivenOrder() throws Exception {
        List<LetterPrint> letters = List.of(letter("王堃喆", "喆溪社区", PLEDGES), letter("李娜", "上堡村", PLEDGES),
                letter("赵一鸣", "下湾村", PLEDGES.subList(0, 6)));
        List<Integer> done = new ArrayList<>();
        Path pdf = PdfTools.write("commitment-letter-batch", report.batchPdf(letters, (n, total) -> {
            done.add(n);
            assertThat(total).isEqualTo(3);
        }));

        assertThat(done).containsExactly(1, 2, 3);
        assertThat(PdfTools.pages(pdf)).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            String text = PdfTools.text(pdf, page);
            for (int i = 0; i < letters.size(); i++) {
                if (i == page - 1) {
                    assertThat(text).as("page %d", page)
                            .contains(letters.get(i).name(), letters.get(i).village(), "承诺人（签名）：");
                } else {
                    assertThat(text).as("page %d", page).doesNotContain(letters.get(i).name());
                }
            }
        }
        PdfTools.assertFontsEmbedded(pdf);
    }

    static LetterSummary summary(int rows) {
        List<LetterSummary.Row> list = IntStream.rangeClosed(1, rows).mapToObj(i -> new LetterSummary.Row(i,
                i == 7 ? "喆溪社区" : "第" + i + "村", i == 7 ? "王堃喆" : "干部" + i + "号",
                i % 2 == 0 ? "村民委员会主任" : "党组织书记、村民委员会主任", i % 5 == 0 ? "未签订" : "已签订",
                "2026年1月" + (i % 28 + 1) + "日", "2026年2月1日", "村务公开栏",
                i % 3 == 0 ? "践诺情况良好，群众满意度较高，年度评议为优秀" : "良好")).toList();
        return new LetterSummary("和平镇2026年度村（社区）干部廉洁承诺书签订情况汇总表", "和平镇",
                "2026年12月6日 15:30", "纪检干事 李明", list);
    }

    @Test
    void summaryPdfListsEveryRowAndRepeatsTheHeader() throws Exception {
        LetterSummary summary = summary(60);
        Path pdf = PdfTools.write("letter-summary", report.summaryPdf(summary));

        PdfTools.preview(pdf);
        assertThat(PdfTools.pages(pdf)).isGreaterThanOrEqualTo(2);
        String text = PdfTools.text(pdf);
        for (LetterSummary.Row row : summary.rows()) {
            assertThat(text).contains(row.name(), row.village());
        }
        assertThat(text).contains("王堃喆", "喆溪社区", "打印人：纪检干事李明", "第1页", "共60份");
        for (int page = 1; page <= 2; page++) {
            assertThat(PdfTools.text(pdf, page)).as("page %d", page)
                    .contains("序号", "村居", "姓名", "职务", "状态", "签订日期", "公示日期", "公示地点", "践诺评议");
        }
        assertThat(PdfTools.text(pdf, 2)).contains("第2页");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void summaryXlsxHasTitleFrozenBoldHeaderAndEveryRow() throws Exception {
        LetterSummary summary = summary(60);
        byte[] xlsx = report.summaryXlsx(summary);

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(summary.title());
            var header = sheet.getRow(1);
            for (int i = 0; i < LetterReport.HEADERS.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(LetterReport.HEADERS.get(i));
            }
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(61);
            var seventh = sheet.getRow(8);
            assertThat(seventh.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(seventh.getCell(1).getStringCellValue()).isEqualTo("喆溪社区");
            assertThat(seventh.getCell(2).getStringCellValue()).isEqualTo("王堃喆");
            assertThat(sheet.getRow(61).getCell(2).getStringCellValue()).isEqualTo("干部60号");
            assertThat(sheet.getColumnWidth(8)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void pledgesAreNumberedInChineseAndLongTitlesBreakBeforeTheirSubject() {
        assertThat(LetterReport.pledges(List.of("甲", " ", "乙")))
                .extracting(LetterReport.Pledge::text).containsExactly("一、甲", "二、乙");
        assertThat(cn.qinglian.portal.base.ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(cn.qinglian.portal.base.ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(cn.qinglian.portal.base.ChineseNumerals.of(21)).isEqualTo("二十一");
        assertThat(LetterReport.balancedTitle("2026年度村（社区）党组织书记、主任廉洁履职承诺书"))
                .isEqualTo("2026年度村（社区）党组织书记、主任\n廉洁履职承诺书");
        assertThat(LetterReport.balancedTitle("廉洁承诺书")).isEqualTo("廉洁承诺书");
    }

    @Test
    void rareCharactersAloneGoToTheFallbackFontAndMarkupIsEscaped() {
        assertThat(LetterReport.styled("本人作为喆溪社区书记，A&B<c>"))
                .isEqualTo("本人作为<style fontName=\"Noto Serif SC\">喆</style>溪社区书记，A&amp;B&lt;c&gt;");
        assertThat(LetterReport.styled("王堃喆")).isEqualTo("王<style fontName=\"Noto Serif SC\">堃喆</style>");
        assertThat(LetterReport.styled(null)).isNull();
    }

    @Test
    void shortLettersGetTheRoomyLayoutLongOnesATighterOne() {
        LetterPrint shortOne = letter("李娜", "上堡村", PLEDGES.subList(0, 4));
        LetterPrint longOne = letter("李娜", "上堡村", PLEDGES);
        int roomy = LetterReport.layout(shortOne.title(), shortOne, LetterReport.pledges(shortOne.pledges()));
        int tight = LetterReport.layout(longOne.title(), longOne, LetterReport.pledges(longOne.pledges()));
        assertThat(roomy).isLessThan(tight);
        assertThat(LetterReport.LAYOUTS.get(roomy).size()).isEqualTo(16);
    }
}
