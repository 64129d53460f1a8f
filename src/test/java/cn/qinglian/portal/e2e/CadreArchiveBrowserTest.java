package cn.qinglian.portal.e2e;

import cn.qinglian.portal.cadre.IdCardNumber;
import cn.qinglian.portal.cadre.RosterColumn;
import cn.qinglian.portal.cadre.RosterTemplate;
import cn.qinglian.portal.security.PasswordPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadre feature as a 纪检办 user works it: import a roster, open the imported cadre, add a
 * 廉洁档案 entry with an attachment, and download the archive card.
 */
class CadreArchiveBrowserTest extends BrowserTest {

    /** 堃 and 喆 are rare in names and missing from many fonts: the name must survive import, the page and the PDF. */
    private static final String NAME = "赵堃喆";
    private static final String VILLAGE = "青溪村";

    @Test
    void importOpenAddEntryWithAttachmentAndDownloadTheCard(@TempDir Path dir) throws Exception {
        String idNumber = uniqueIdNumber();
        String title = "2026年第一季度廉政约谈";
        Path roster = roster(dir.resolve("干部花名册.xlsx"), idNumber);
        Path attachment = Files.writeString(dir.resolve("约谈记录.pdf"), minimalPdf(), StandardCharsets.ISO_8859_1);

        browser.signIn("jijian", PasswordPolicy.DEMO_PASSWORD);
        browser.open("/cadres");

        // 1. import the roster
        browser.click(BrowserSession.button("导入花名册"));
        browser.chooseFile(roster);
        assertThat(browser.text(By.cssSelector(".import-done")))
                .isEqualTo("导入完成：共 1 行；新增 1 人，更新 0 人，未变化 0 人。");
        browser.screenshot("cadre-1-roster-imported");
        browser.click(BrowserSession.button("关闭"));

        // 2. find the cadre and open it
        browser.type(By.cssSelector("vaadin-grid vaadin-text-field input"), NAME);
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + idNumber + "']"));
        assertThat(browser.text(By.tagName("h2"))).isEqualTo(NAME);
        assertThat(browser.currentPath()).matches("/cadres/\\d+");

        // 3. a 廉洁档案 entry with a PDF attachment
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='廉洁档案']"));
        browser.click(BrowserSession.button("新增档案记录"));
        browser.choose("档案类别", "廉政约谈");
        browser.type(field("事项标题"), title);
        browser.upload(attachment);
        browser.screenshot("cadre-2-entry-dialog");
        browser.click(BrowserSession.button("保存"));
        String entry = browser.text(By.xpath(
                "//div[contains(@class,'archive-entry')][.//span[normalize-space(.)='" + title + "']]"));
        assertThat(entry).contains("廉政约谈", title, "附件：", "约谈记录.pdf");
        browser.screenshot("cadre-3-archive-timeline");
        HttpResponse<byte[]> file = fetch(browser.href(By.xpath("//a[normalize-space(.)='约谈记录.pdf']")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(Files.readAllBytes(attachment));

        // 4. the archive card: a link styled as a button. The browser saves it under the name the server
        // gives; fetching the link's URL with the session cookie shows the response headers too.
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.downloadInto(downloads);
        By print = By.xpath("//a[.//vaadin-button[normalize-space(.)='打印档案卡']]");
        browser.click(print);
        Path saved = browser.downloaded(downloads.resolve(NAME + "-廉洁档案卡.pdf"));
        assertThat(browser.text(By.tagName("h2"))).as("the download leaves the view in place").isEqualTo(NAME);
        browser.screenshot("cadre-4-card-downloaded");
        assertThat(pdfText(saved)).contains(NAME, title, idNumber);

        HttpResponse<byte[]> card = fetch(browser.href(print));
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(card.body(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        // kept next to the screenshots, for a look at how the rare characters render
        Path pdf = Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("cadre-card.pdf"),
                card.body());
        assertThat(pdfText(pdf)).contains(NAME, title, idNumber);
    }

    /** GETs a URL of the page as the signed-in browser would, with its session cookie. */
    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** The text of a PDF as poppler's pdftotext extracts it. */
    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process pdftotext = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdftotext.waitFor()).as("pdftotext: %s", text).isZero();
        return text;
    }

    /** The input of the text field with the given label. */
    private static By field(String label) {
        return By.xpath("//vaadin-text-field[label[normalize-space(.)='" + label + "']]//input");
    }

    /** A valid GB 11643 number (region 330102) with a random birth date and sequence, so reruns do not collide. */
    private static String uniqueIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(20 * 365));
        String first17 = "330102" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return IdCardNumber.withCheckCharacter(first17);
    }

    /** A roster as the template lays it out: one serving cadre of 青溪村, dates as text. */
    private static Path roster(Path file, String idNumber) throws IOException {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.VILLAGE, VILLAGE);
        row.put(RosterColumn.NAME, NAME);
        row.put(RosterColumn.ID_NUMBER, idNumber);
        row.put(RosterColumn.MOBILE, "139" + idNumber.substring(9, 17));
        row.put(RosterColumn.PARTY_MEMBER, "是");
        row.put(RosterColumn.PARTY_JOINED_ON, "2008-07-01");
        row.put(RosterColumn.EDUCATION, "大专");
        row.put(RosterColumn.STATUS, "在任");
        row.put(RosterColumn.POSITION_1, "党组织委员");
        row.put(RosterColumn.STARTED_ON_1, "2021-01-05");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet(RosterTemplate.SHEET);
            Row header = sheet.createRow(0);
            Row cadre = sheet.createRow(1);
            for (RosterColumn c : RosterColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
                cadre.createCell(c.ordinal()).setCellValue(row.getOrDefault(c, ""));
            }
            wb.write(out);
        }
        return file;
    }

    /** The smallest well-formed PDF: one empty page, with a correct cross-reference table. */
    private static String minimalPdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        return pdf.append(xref).append("trailer\n<< /Size ").append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n").toString();
    }
}
