package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.audit.AuditEntry;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.clearance.ClearanceFixture;
import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class, ClearanceFixture.class})
class BulletinServiceTest {

    @Autowired SecurityFixture security;
    @Autowired ClearanceFixture clearance;
    @Autowired BulletinService service;
    @Autowired BulletinJob job;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    String discipline;
    String partyOffice;
    String leader;
    String rareVillage;
    String rareTitle;
    @Autowired Clock clock;
    YearMonth month;
    /** Today in Beijing, as the portal counts (the test JVM may run in another zone). */
    LocalDate today;

    @BeforeEach
    void aVillageWithARareNameAndAnOverdueItem() {
        today = LocalDate.now(clock);
        month = YearMonth.from(today);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        discipline = clearance.discipline();
        partyOffice = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        leader = security.user(Role.LEADER, ScopeKind.TOWNSHIP, security.township());
        rareVillage = "堃喆村" + tag;
        rareTitle = "张喆未按期公示" + tag;
        long village = security.village(rareVillage);
        long item = clearance.item(clearance.batch(), village, rareTitle, today.plusDays(10));
        // long overdue: first in the named list
        jdbc.sql("UPDATE clearance_item SET deadline = '2020-01-02' WHERE id = :id").param("id", item).update();
    }

    private long draft() {
        return security.as(partyOffice, () -> service.createDraft(month.getYear(), month.getMonthValue()));
    }

    private int version(long id) {
        return security.as(partyOffice, () -> service.detail(id).orElseThrow().row().version());
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("t", security.township()).param("today", today)
                .param("from", month.atDay(1)).param("to", month.atEndOfMonth()).param("year", month.getYear())
                .query(Integer.class).single();
    }

    @Test
    void theDraftPdfPrintsTheDatabaseFiguresInTheOfficialFormatWithEveryFontEmbedded() throws Exception {
        long id = draft();
        Path pdf = PdfTools.write("bulletin-draft", security.as(partyOffice, () -> service.pdf(id)));
        String text = PdfTools.text(pdf);

        int items = count("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t");
        int closed = count("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t AND status = 'CLOSED'");
        int overdue = count("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t AND status <> 'CLOSED' AND deadline < :today");
        int talks = count("""
                SELECT COUNT(*) FROM archive_entry WHERE township_id = :t AND kind = 'TALK' AND NOT revoked
                AND entry_date BETWEEN :from AND :to""");
        int accountability = count("""
                SELECT COUNT(*) FROM archive_entry WHERE township_id = :t AND kind = 'ACCOUNTABILITY' AND NOT revoked
                AND discipline_form IS NOT NULL AND entry_date BETWEEN :from AND :to""");
        int letters = count("SELECT COUNT(*) FROM commitment_letter WHERE township_id = :t AND year = :year");
        int signed = count("SELECT COUNT(*) FROM commitment_letter WHERE township_id = :t AND year = :year AND status <> 'PENDING'");
        assertThat(items).isPositive();
        assertThat(text).contains("全镇清单事项共" + items + "项，已销号" + closed + "项，销号率" + BulletinData.rate(closed, items))
                .contains("逾期未销号" + overdue + "项")
                .contains("本月开展廉政约谈" + talks + "人次，问责处理" + accountability + "人次")
                .contains("廉洁承诺书应签" + letters + "份，已签订" + signed + "份")
                .contains("关于" + month.getYear() + "年" + month.getMonthValue() + "月清廉村居建设工作情况的通报")
                .contains("清廉村居建设工作领导小组办公室")
                .contains("（草稿）")
                .contains(rareVillage).contains(rareTitle) // 堃 and 喆 are outside GB2312: the Noto fallback prints them
                .contains("抄送：").contains("印发");
        PdfTools.assertFontsEmbedded(pdf);
        PdfTools.preview(pdf);

        // A4, page numbers outside the type area, one character in: right on odd pages, left on even ones
        assertThat(PdfTools.pages(pdf)).isGreaterThanOrEqualTo(2);
        String bbox = run("pdftotext", "-bbox", "-f", "1", "-l", "2", pdf.toString(), "-");
        Matcher page = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", Pattern.DOTALL).matcher(bbox);
        List<double[]> footers = new ArrayList<>();
        while (page.find()) {
            assertThat(Double.parseDouble(page.group(1))).isCloseTo(595.0, org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(page.group(2))).isCloseTo(842.0, org.assertj.core.data.Offset.offset(1.0));
            Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                    .matcher(page.group(3));
            double min = Double.MAX_VALUE;
            double max = 0;
            double top = Double.MAX_VALUE;
            double bodyLeft = Double.MAX_VALUE;
            double bodyTop = Double.MAX_VALUE;
            double bodyBottom = 0;
            double bodyRight = 0;
            while (word.find()) {
                double y = Double.parseDouble(word.group(2));
                double x = Double.parseDouble(word.group(1));
                if (y > 743) { // below the type area (297 - 35 mm)
                    min = Math.min(min, x);
                    max = Math.max(max, Double.parseDouble(word.group(3)));
                    top = Math.min(top, y);
                    assertThat(word.group(5)).matches("—|\\d+");
                } else {
                    bodyLeft = Math.min(bodyLeft, x);
                    bodyTop = Math.min(bodyTop, y);
                    bodyBottom = Math.max(bodyBottom, Double.parseDouble(word.group(4)));
                    bodyRight = Math.max(bodyRight, Double.parseDouble(word.group(3)));
                }
            }
            footers.add(new double[]{min, max, top, bodyLeft, bodyTop, bodyBottom, bodyRight});
        }
        assertThat(footers).hasSize(2);
        double left = 28 * 2.835;
        double right = 595.28 - 26 * 2.835;
        // odd page 1: ends one 14 pt character before the right edge of the type area
        assertThat(footers.get(0)[1]).isCloseTo(right - 14, org.assertj.core.data.Offset.offset(3.0));
        // even page 2: starts one character after the left edge
        assertThat(footers.get(1)[0]).isCloseTo(left + 14, org.assertj.core.data.Offset.offset(3.0));
        for (double[] f : footers) {
            assertThat(f[2]).as("page number about 7 mm below the type area").isBetween(743 + 14.0, 743 + 26.0);
            assertThat(f[3]).as("nothing left of the left margin").isGreaterThanOrEqualTo(left - 1);
            assertThat(f[4]).as("nothing above the top margin").isGreaterThanOrEqualTo(37 * 2.835 - 1);
            assertThat(f[5]).as("body within the type area").isLessThanOrEqualTo(743);
            assertThat(f[6]).as("nothing right of the right margin").isLessThanOrEqualTo(right + 1);
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void aPastMonthIsReportedAsItStoodAtItsEndNotAsItIsToday() {
        YearMonth last = month.minusMonths(1);
        var before = security.as(partyOffice, () -> service.data(last.getYear(), last.getMonthValue())).overview();
        // an item handed over today did not exist last month; one closed today was still open then
        String tag = UUID.randomUUID().toString().substring(0, 4);
        long village = security.village("月末村" + tag);
        long closedToday = clearance.item(clearance.batch(), village, "上月逾期今日销号" + tag, today.plusDays(5));
        jdbc.sql("UPDATE clearance_item SET created_at = :c, deadline = :d, status = 'CLOSED', closed_at = :now WHERE id = :id")
                .param("c", last.atDay(1).atStartOfDay()).param("d", last.atDay(2))
                .param("now", today.atStartOfDay().plusHours(9)).param("id", closedToday).update();
        var after = security.as(partyOffice, () -> service.data(last.getYear(), last.getMonthValue()));
        assertThat(after.overview().items()).isEqualTo(before.items() + 1);
        assertThat(after.overview().closed()).isEqualTo(before.closed());
        assertThat(after.overview().overdue()).isEqualTo(before.overdue() + 1);
    }

    @Test
    void theClerkEditsTheNarrativeAndTheDocxAndXlsxHoldTheSameText() throws Exception {
        long id = draft();
        Narrative n = new Narrative("本月导语：喆字测试。", "销号分析段落。", "承诺书分析段落。", "约谈问责分析段落。",
                "一是抓好销号。\n二是抓好承诺。");
        security.as(partyOffice, () -> service.saveNarrative(id, version(id), n));
        assertThat(security.as(partyOffice, () -> service.detail(id).orElseThrow().narrative())).isEqualTo(n);
        String pdfText = PdfTools.text(PdfTools.write("bulletin-edited", security.as(partyOffice, () -> service.pdf(id))));
        assertThat(pdfText).contains("本月导语：喆字测试。", "一是抓好销号。", "二是抓好承诺。");

        byte[] docx = security.as(partyOffice, () -> service.docx(id));
        Files.write(Path.of("target", "report-previews", "bulletin.docx"), docx);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertThat(text).contains("本月导语：喆字测试。", "一、总体情况", "二是抓好承诺。", rareVillage, rareTitle, "抄送：");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(r -> r.getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).distinct().toList())
                    .contains("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312");
        }
        byte[] xlsx = security.as(partyOffice, () -> service.xlsx(id));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("销号进度").getRow(0).getCell(1).getStringCellValue()).isEqualTo("村（社区）");
            boolean found = false;
            for (var row : book.getSheet("点名通报")) {
                found |= row.getCell(3).getStringCellValue().equals(rareTitle);
            }
            assertThat(found).isTrue();
        }

        assertThatThrownBy(() -> security.as(partyOffice, () -> service.saveNarrative(id, version(id),
                new Narrative("", "a", "b", "c", "d")))).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void issuingFreezesTheBulletinByteForByteWhateverChangesLater() throws Exception {
        long id = draft();
        assertThatThrownBy(() -> security.as(partyOffice, () -> service.issue(id, version(id))))
                .isInstanceOf(AccessDeniedException.class);
        BulletinRow issued = security.as(discipline, () -> service.issue(id, version(id)));
        assertThat(issued.status()).isEqualTo(BulletinStatus.ISSUED);
        assertThat(issued.documentNumber()).matches("清廉办〔\\d{4}〕\\d+号");
        byte[] first = security.as(discipline, () -> service.pdf(id));
        String text = PdfTools.text(PdfTools.write("bulletin-issued", first));
        assertThat(text).contains(issued.documentNumber()).doesNotContain("（草稿）");

        clearance.item(clearance.batch(), null, "印发后新增的事项", today.plusDays(3));
        assertThat(security.as(leader, () -> service.pdf(id))).isEqualTo(first);
        assertThat(security.as(discipline, () -> service.content(id)).data().overview().items())
                .isEqualTo(count("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t") - 1);
        assertThatThrownBy(() -> security.as(partyOffice, () -> service.saveNarrative(id, version(id),
                Narrative.defaults(1)))).isInstanceOf(ValidationFailedException.class);

        List<AuditEntry> history = security.as(discipline, () -> audit.history(BulletinService.ENTITY, id));
        assertThat(history).anySatisfy(e -> assertThat(e.afterJson()).contains(issued.documentNumber()));
    }

    @Test
    void twoBulletinsIssuedAtOnceGetTwoNumbers() throws Exception {
        long a = draft();
        long b = draft();
        int va = version(a);
        int vb = version(b);
        var barrier = new CyclicBarrier(2);
        var fa = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return security.as(discipline, () -> service.issue(a, va));
        });
        var fb = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return security.as(discipline, () -> service.issue(b, vb));
        });
        BulletinRow ra = fa.get();
        BulletinRow rb = fb.get();
        assertThat(ra.documentNumber()).isNotEqualTo(rb.documentNumber());
        int seqA = jdbc.sql("SELECT seq FROM bulletin WHERE id = :id").param("id", a).query(Integer.class).single();
        int seqB = jdbc.sql("SELECT seq FROM bulletin WHERE id = :id").param("id", b).query(Integer.class).single();
        assertThat(Math.abs(seqA - seqB)).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCorrectionIsANewBulletinNamingTheOneItCorrects() throws Exception {
        long id = draft();
        BulletinRow issued = security.as(discipline, () -> service.issue(id, version(id)));
        assertThatThrownBy(() -> security.as(partyOffice, () -> service.correct(draft())))
                .isInstanceOf(ValidationFailedException.class);
        long fix = security.as(partyOffice, () -> service.correct(id));
        BulletinRow row = security.as(partyOffice, () -> service.detail(fix).orElseThrow().row());
        assertThat(row.correctsId()).isEqualTo(id);
        assertThat(row.correctsNumber()).isEqualTo(issued.documentNumber());
        assertThat(row.status()).isEqualTo(BulletinStatus.DRAFT);
        BulletinRow fixed = security.as(discipline, () -> service.issue(fix, version(fix)));
        String text = PdfTools.text(PdfTools.write("bulletin-correction", security.as(leader, () -> service.pdf(fix))));
        assertThat(text).contains("本期更正" + issued.documentNumber());
        assertThat(fixed.documentNumber()).isNotEqualTo(issued.documentNumber());
    }

    @Test
    void leadersReadIssuedBulletinsOnlyAndVillagesNone() {
        long draftId = draft();
        long issuedId = draft();
        security.as(discipline, () -> service.issue(issuedId, version(issuedId)));
        List<Long> seen = security.as(leader, () -> service.list(null, null)).stream().map(BulletinRow::id).toList();
        assertThat(seen).contains(issuedId).doesNotContain(draftId);
        assertThatThrownBy(() -> security.as(leader, () -> service.pdf(draftId))).isInstanceOf(RuntimeException.class);
        String village = clearance.villageUser(security.village("无权村" + UUID.randomUUID().toString().substring(0, 4)));
        assertThatThrownBy(() -> security.as(village, () -> service.list(null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(security.as(partyOffice, () -> service.list(month.getYear(), "清廉村居")).stream().map(BulletinRow::id))
                .contains(draftId, issuedId);
    }

    @Test
    void theScheduledDraftIsMadeOnceHoweverOftenItRuns() {
        LocalDate first = LocalDate.of(2031, 3, 1);
        int townships = jdbc.sql("SELECT COUNT(*) FROM township").query(Integer.class).single();
        assertThat(job.draftPreviousMonth(first)).isEqualTo(townships);
        assertThat(job.draftPreviousMonth(first)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE year = 2031 AND month = 2").query(Integer.class).single())
                .isEqualTo(townships);
    }
}
