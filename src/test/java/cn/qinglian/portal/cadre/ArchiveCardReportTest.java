package cn.qinglian.portal.cadre;

import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.report.ReportRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveCardReportTest {

    private final ArchiveCardReport report = new ArchiveCardReport(new ReportRenderer());

    static ArchiveCard card(String name) {
        return new ArchiveCard(name, "男", "1978年3月5日", "330523197803051234", "13905721234",
                "中共党员（2001年7月1日入党）", "大专", "上堡村", "和平镇", "在职",
                List.of(new ArchiveCard.Post("党组织书记", "2021年1月1日 至 今"),
                        new ArchiveCard.Post("村民委员会主任", "2018年1月1日 至 2020年12月31日")),
                List.of(new ArchiveCard.Entry("廉洁承诺", "2024年1月10日", "签订廉洁履职承诺书",
                                "承诺不插手工程项目、不优亲厚友", "和纪〔2024〕1号"),
                        new ArchiveCard.Entry("绩效考评", "2023年12月20日", "2023年度绩效考评",
                                "92分，优秀", ""),
                        new ArchiveCard.Entry("绩效考评", "2022年12月18日", "2022年度绩效考评",
                                "85分，良好", ""),
                        new ArchiveCard.Entry("廉政约谈", "2023年6月2日", "集体资产出租程序不规范",
                                "镇纪委书记约谈提醒，已整改到位；出租合同补充村务公开并报镇农经站备案", "和纪谈〔2023〕7号"),
                        new ArchiveCard.Entry("信访涉及", "2022年9月15日", "反映低保评定不公",
                                "经核查不属实，已向信访人反馈", "和信〔2022〕31号")),
                "黄色", List.of("近两年有廉政约谈记录一次", "涉及信访件一件（经核查不属实）"),
                "2026年5月26日 10:30", "纪检干事 李明");
    }

    @Test
    void cardPrintsRareNameEveryEntryWithEmbeddedFontsOnly() throws Exception {
        ArchiveCard card = card("王堃喆");
        Path pdf = PdfTools.write("archive-card", report.pdf(card));

        PdfTools.preview(pdf);
        String text = PdfTools.text(pdf);
        assertThat(text).contains("村居干部廉洁档案卡", "王堃喆", "和平镇", "上堡村", "党组织书记", "第1页");
        for (ArchiveCard.Entry e : card.entries()) {
            assertThat(text).contains(e.title());
        }
        assertThat(text).contains("（一）廉洁承诺", "（二）绩效考评", "（三）廉政约谈", "（四）信访涉及");
        assertThat(text).contains("黄色", "近两年有廉政约谈记录一次", "打印人：纪检干事李明");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void cardWithoutPostsOrEntriesStillPrints() throws Exception {
        ArchiveCard full = card("李娜");
        ArchiveCard empty = new ArchiveCard(full.name(), full.gender(), full.birthDate(), full.idNumber(),
                full.mobile(), "群众", "", full.village(), full.township(), full.status(), List.of(), List.of(),
                "绿色", List.of("尚未评估"), full.printedAt(), full.printedBy());
        Path pdf = PdfTools.write("archive-card-empty", report.pdf(empty));

        PdfTools.preview(pdf);
        assertThat(PdfTools.text(pdf)).contains("李娜", "（无任职记录）", "（暂无档案记录）", "尚未评估")
                .doesNotContain("null").doesNotContain("文号");
        PdfTools.assertFontsEmbedded(pdf);
    }

    @Test
    void batchOfThirtyCardsIsOnePdfWithEveryCardAndReportsProgress() throws Exception {
        List<ArchiveCard> cards = IntStream.rangeClosed(1, 30).mapToObj(i -> card("干部" + i + "号")).toList();
        AtomicInteger calls = new AtomicInteger();
        List<Integer> done = new ArrayList<>();

        Path pdf = PdfTools.write("archive-card-batch", report.batchPdf(cards, (n, total) -> {
            calls.incrementAndGet();
            done.add(n);
            assertThat(total).isEqualTo(30);
        }));

        assertThat(calls).hasValue(30);
        assertThat(done).containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(PdfTools.pages(pdf)).isGreaterThanOrEqualTo(30);
        assertThat(PdfTools.text(pdf)).contains("干部1号", "干部17号", "干部30号");
        PdfTools.assertFontsEmbedded(pdf);
    }
}
