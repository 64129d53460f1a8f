package cn.qinglian.portal.e2e;

import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.security.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discipline office's month: draft the bulletin, edit its narrative, preview the PDF in the browser,
 * issue it, download it, and find it in the issued list.
 */
class BulletinBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void draftEditPreviewIssueDownloadAndFindTheBulletin(@TempDir Path dir) throws Exception {
        String intro = "本月全镇清廉村居建设稳步推进" + UUID.randomUUID().toString().substring(0, 4) + "。";
        browser.signIn("jijian", PasswordPolicy.DEMO_PASSWORD);
        browser.open("/bulletins");

        // 1. a draft of last month (the month picker's default)
        browser.click(BrowserSession.button("起草通报"));
        assertThat(browser.currentPath()).matches("/bulletins/\\d+");
        long id = Long.parseLong(browser.currentPath().substring("/bulletins/".length()));

        // 2. the narrative: the figures above it are computed and not edited
        By introArea = By.xpath("//vaadin-text-area[label[normalize-space(.)='导语']]//textarea");
        browser.type(introArea, intro);
        browser.click(BrowserSession.button("保存"));
        assertThat(jdbc.sql("SELECT intro FROM bulletin WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(intro);
        browser.screenshot("bulletin-1-draft");

        // 3. preview: the PDF in the browser's viewer
        browser.click(BrowserSession.button("预览"));
        String src = browser.attribute(By.cssSelector("vaadin-dialog iframe, iframe[title='通报预览']"), "src");
        assertThat(src).isNotBlank();
        HttpResponse<byte[]> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/").resolve(src))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(shown.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(shown.headers().firstValue("X-Frame-Options")).as("the portal's own page may frame it")
                .hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("SAMEORIGIN"));
        assertThat(new String(shown.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.screenshot("bulletin-2-preview");
        browser.click(BrowserSession.button("关闭"));

        // 4. issue, after the confirmation
        browser.click(BrowserSession.button("印发"));
        browser.click(BrowserSession.button("确定印发"));
        String number = jdbc.sql("SELECT document_number FROM bulletin WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(number).matches("清廉办〔\\d{4}〕\\d+号");
        assertThat(browser.text(By.cssSelector(".bulletin-state"))).startsWith("已印发 · " + number);
        browser.screenshot("bulletin-3-issued");

        // 5. download the PDF: the stored original, holding the narrative and the number
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.downloadInto(downloads);
        browser.click(By.xpath("//a[.//vaadin-button[normalize-space(.)='PDF']]"));
        int year = jdbc.sql("SELECT year FROM bulletin WHERE id = :id").param("id", id).query(Integer.class).single();
        int month = jdbc.sql("SELECT month FROM bulletin WHERE id = :id").param("id", id).query(Integer.class).single();
        Path saved = browser.downloaded(downloads.resolve(number + " " + year + "年" + month + "月通报.pdf"));
        byte[] stored = jdbc.sql("SELECT pdf FROM bulletin WHERE id = :id").param("id", id).query(byte[].class).single();
        assertThat(Files.readAllBytes(saved)).isEqualTo(stored);
        assertThat(PdfTools.text(saved)).contains(intro, number);

        // 6. the issued list, searched by the number
        browser.open("/bulletins");
        browser.type(By.xpath("//vaadin-text-field[label[normalize-space(.)='搜索']]//input"), number);
        assertThat(browser.text(By.tagName("vaadin-grid"))).contains(number, "已印发");
        browser.screenshot("bulletin-4-list");

        // 7. the report centre lists every printable document
        browser.open("/reports");
        assertThat(browser.text(By.tagName("body"))).contains("月度通报", "清单事项一览表", "廉洁承诺书（村居批量）",
                "廉洁承诺书汇总表", "廉洁档案卡", "任职资格联审表");
        browser.screenshot("bulletin-5-report-centre");
    }
}
