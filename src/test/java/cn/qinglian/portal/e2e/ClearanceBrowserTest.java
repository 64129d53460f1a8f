package cn.qinglian.portal.e2e;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.clearance.ImportColumn;
import cn.qinglian.portal.clearance.ImportTemplate;
import cn.qinglian.portal.security.PasswordPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-over list from import to 见底清零: the discipline office imports it, the village reports
 * progress and submits evidence, the discipline office verifies and closes, and the board shows the
 * batch cleared to zero.
 */
class ClearanceBrowserTest extends BrowserTest {

    private static final String VILLAGE = "青溪村";
    private static final List<String> TITLES = List.of("村务公开栏内容更新不及时", "补齐近三年村务公开档案");

    @Test
    void importReportVerifyCloseAndTheBoardReachesZero(@TempDir Path dir) throws Exception {
        String batch = "2026年区委第三轮巡察" + UUID.randomUUID().toString().substring(0, 4);
        Path list = handOverList(dir.resolve("移交清单.xlsx"), batch);
        Path photo = Files.write(dir.resolve("整改照片.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        String items = "/clearance/items?batch=" + URLEncoder.encode(batch, StandardCharsets.UTF_8);

        // 1. the discipline office imports the hand-over list
        browser.signIn("jijian", PasswordPolicy.DEMO_PASSWORD);
        browser.open("/clearance/items");
        browser.click(BrowserSession.button("导入移交清单"));
        browser.chooseFile(list);
        assertThat(browser.text(By.cssSelector(".import-done"))).isEqualTo("导入完成：共 2 行；新增 2 项，更新 0 项，未变化 0 项。");
        browser.screenshot("clearance-1-imported");
        browser.click(BrowserSession.button("关闭"));
        browser.open(items);
        browser.screenshot("clearance-2-grid");
        browser.signOut();

        // 2. the village reports progress and submits each item with evidence
        browser.forgetSession();
        browser.signIn("cunju", PasswordPolicy.DEMO_PASSWORD);
        assertThat(browser.text(By.cssSelector(".my-work-panel"))).contains("清单事项待办", "待报送整改进展");
        browser.screenshot("clearance-3-home-my-work");
        browser.open("/clearance/my-work");
        browser.screenshot("clearance-3-my-work");
        int waiting = myWorkCount();
        for (String title : TITLES) {
            browser.open(items);
            browser.click(cell(title));
            assertThat(browser.text(By.tagName("h2"))).isEqualTo(title);
            browser.click(BrowserSession.button("报送进展"));
            browser.type(textArea("整改进展"), "已召开两委会议，明确专人负责。");
            browser.upload(photo);
            browser.click(lastButton("报送"));
            assertThat(browser.text(By.cssSelector(".clearance-timeline"))).contains("报送进展", "已召开两委会议，明确专人负责。", "整改照片.pdf");
            browser.click(BrowserSession.button("提交验收"));
            browser.type(textArea("整改完成情况"), "已全部整改到位。");
            browser.upload(photo);
            if (title.equals(TITLES.getFirst())) {
                browser.screenshot("clearance-3-submit-dialog");
            }
            browser.click(lastButton("提交验收"));
            assertThat(browser.text(By.cssSelector(".clearance-item"))).contains("待验收");
        }
        browser.screenshot("clearance-4-submitted");
        assertThat(myWorkCount()).as("the navigation counts the two submitted items off at once").isEqualTo(waiting - 2);
        browser.signOut();

        // 3. the discipline office verifies and closes both
        browser.forgetSession();
        browser.signIn("jijian", PasswordPolicy.DEMO_PASSWORD);
        for (String title : TITLES) {
            browser.open(items);
            browser.click(cell(title));
            browser.click(BrowserSession.button("验收销号"));
            browser.type(textArea("验收意见"), "经实地核查，整改到位，同意销号。");
            browser.click(lastButton("销号"));
            assertThat(browser.text(By.cssSelector(".clearance-item"))).contains("已销号", "经实地核查，整改到位，同意销号。");
        }
        browser.screenshot("clearance-5-closed");

        // 4. the board shows the batch cleared to zero
        browser.open("/clearance/boards");
        assertThat(browser.text(By.xpath("//span[@data-batch='" + batch + "']"))).isEqualTo("已清零");
        browser.screenshot("clearance-6-board");
    }

    /** The number beside 我的待办 in the navigation. */
    private int myWorkCount() {
        browser.waitForVaadin();
        return Integer.parseInt(browser.attribute(By.cssSelector(".nav-count"), "data-count"));
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static By textArea(String label) {
        return By.xpath("//vaadin-text-area[label[normalize-space(.)='" + label + "']]//textarea");
    }

    /** The button of the dialog on top, where the page has a button of the same text too. */
    private static By lastButton(String text) {
        return By.xpath("(//vaadin-button[normalize-space(.)='" + text + "'])[last()]");
    }

    /** A problem of 青溪村 and a task under it, in the template's columns. */
    private static Path handOverList(Path file, String batch) throws IOException {
        String due = LocalDate.now(BaseConfiguration.ZONE).plusMonths(2).toString();
        String[][] rows = {
                {"XC-01", "问题清单", "巡察移交", batch, VILLAGE, "", "村务公开", TITLES.get(0), "公开栏三个月未更新",
                        "每月更新公开栏", "镇纪检办", "镇社会事务办", "", due, "高"},
                {"XC-01-R", "任务清单", "巡察移交", batch, VILLAGE, "XC-01", "村务公开", TITLES.get(1), "",
                        "整理归档", "镇纪检办", "", "", due, "中"}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet(ImportTemplate.SHEET);
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
