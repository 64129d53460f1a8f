package cn.qinglian.portal.e2e;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.security.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 党建办 clerk's year of letters: generate (the newly appointed cadre gets one), sign it with the
 * scan, publish it, review it; then the cadre's archive holds both entries and the board counts it.
 */
class CommitmentLetterBrowserTest extends BrowserTest {

    private static final String VILLAGE = "青溪村";
    private static final int YEAR = LocalDate.now(BaseConfiguration.ZONE).getYear();

    @Autowired CadreFixture cadres;
    @Autowired JdbcClient jdbc;

    @Test
    void generateSignPublishReviewAndSeeItInTheArchiveAndOnTheBoard(@TempDir Path dir) throws Exception {
        long village = jdbc.sql("SELECT id FROM village WHERE name = :n").param("n", VILLAGE).query(Long.class).single();
        String name = "钱堃" + UUID.randomUUID().toString().substring(0, 4);
        Cadre appointed = cadres.cadre(village, name, Position.VILLAGE_COMMITTEE_MEMBER);
        Path scan = Files.write(dir.resolve("承诺书签字扫描件.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));

        // other browser tests may have added cadres too: every serving cadre with a post and no letter gets one
        int withoutLetter = jdbc.sql("""
                        SELECT COUNT(*) FROM cadre c WHERE c.status = 'SERVING' AND c.township_id = (SELECT township_id
                          FROM village WHERE id = :v) AND EXISTS (SELECT 1 FROM cadre_position p WHERE p.cadre = c.id
                          AND p.started_on <= :today AND (p.ended_on IS NULL OR p.ended_on >= :today))
                          AND NOT EXISTS (SELECT 1 FROM commitment_letter l WHERE l.cadre_id = c.id AND l.year = :y)""")
                .param("v", village).param("today", LocalDate.now(BaseConfiguration.ZONE)).param("y", YEAR).query(Integer.class).single();
        assertThat(withoutLetter).isPositive();

        browser.signIn("dangjian", PasswordPolicy.DEMO_PASSWORD);
        browser.open("/letters");

        // 1. generate: the newly appointed cadre (and any other without a letter of this year) gets one
        browser.click(BrowserSession.button("生成承诺书"));
        browser.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='生成']"));
        assertThat(browser.text(By.cssSelector(".generated-count"))).startsWith("新生成 " + withoutLetter + " 份承诺书，跳过");
        assertThat(browser.text(By.cssSelector(".skip-reason"))).startsWith("已有" + YEAR + "年度承诺书：");
        browser.screenshot("letter-1-generated");
        browser.click(BrowserSession.button("关闭"));

        // 2. open the new letter from the list
        browser.type(By.cssSelector("vaadin-grid vaadin-text-field input"), name);
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
        assertThat(browser.currentPath()).matches("/letters/\\d+");
        assertThat(browser.text(By.cssSelector(".letter-document"))).contains(YEAR + "年度两委委员廉洁履职承诺书",
                VILLAGE + "村（居）委会委员", "一、");
        browser.screenshot("letter-2-pending");

        // 3. sign with the scan
        browser.click(BrowserSession.button("登记签订"));
        browser.upload(scan);
        browser.click(BrowserSession.button("确认签订"));
        assertThat(browser.text(By.cssSelector(".letter-state"))).contains("签订日期", "承诺书签字扫描件.png");

        // 4. publish
        browser.click(BrowserSession.button("登记公示"));
        browser.type(By.xpath("//vaadin-combo-box[label[normalize-space(.)='公示地点或方式']]//input"), "村务公开栏");
        browser.click(BrowserSession.button("保存"));
        assertThat(browser.text(By.cssSelector(".letter-state"))).contains("公示：", "村务公开栏");

        // 5. review at year end
        browser.click(BrowserSession.button("践诺评议"));
        browser.type(By.xpath("//vaadin-text-area[label[normalize-space(.)='本人践诺情况']]//textarea"),
                "全年严格履行承诺，未发生违反承诺的情况。");
        browser.click(By.xpath("//vaadin-radio-button[label[normalize-space(.)='合格']]"));
        browser.click(BrowserSession.button("保存"));
        assertThat(browser.text(By.cssSelector(".letter-state"))).contains("践诺评议：", "合格");
        assertThat(browser.text(By.cssSelector(".letter-history"))).contains("践诺评议", "公示", "签订", "生成");
        browser.screenshot("letter-3-reviewed");

        // 6. the cadre's archive got both entries, written by the letter's steps
        browser.click(By.xpath("//a[normalize-space(.)='查看廉洁档案']"));
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='廉洁档案']"));
        String signed = browser.text(By.xpath("//div[contains(@class,'archive-entry')][.//span[normalize-space(.)='"
                + YEAR + "年度廉洁承诺书签订']]"));
        assertThat(signed).contains("廉洁承诺", "自动生成", "承诺书签字扫描件.png");
        String reviewed = browser.text(By.xpath("//div[contains(@class,'archive-entry')][.//span[normalize-space(.)='"
                + YEAR + "年度践诺评议']]"));
        assertThat(reviewed).contains("绩效考评", "合格", "全年严格履行承诺");
        browser.screenshot("letter-4-archive");
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='承诺书']"));
        assertThat(browser.text(By.cssSelector(".cadre-letter"))).contains(YEAR + "年度廉洁承诺书", "已评议");

        // 7. the board counts it, and its number opens exactly the letters behind it
        int reviewedInVillage = jdbc.sql("SELECT COUNT(*) FROM commitment_letter WHERE year = :y AND village_id = :v"
                + " AND status = 'REVIEWED'").param("y", YEAR).param("v", village).query(Integer.class).single();
        browser.open("/letters/board");
        browser.screenshot("letter-5-board");
        assertThat(reviewedInVillage).isPositive();
        // the '&' appended keeps village=1 from matching village=12
        By link = By.xpath("//a[contains(@class,'board-number') and contains(concat(@href,'&'),'village=" + village
                + "&') and contains(@href,'progress=REVIEWED')]");
        assertThat(browser.text(link)).startsWith(reviewedInVillage + "（");
        browser.click(link);
        assertThat(browser.text(By.cssSelector(".row-count"))).isEqualTo("共 " + reviewedInVillage + " 条");
        assertThat(browser.text(By.tagName("vaadin-grid"))).contains(appointed.name());
        browser.screenshot("letter-6-drilled-down");

        // 8. the year's templates, and one opened for editing (its revisions below)
        browser.open("/letters/templates");
        assertThat(browser.text(By.cssSelector(".template-card"))).contains("村（社区）党组织书记、主任", "第1版");
        browser.click(By.xpath("(//vaadin-button[normalize-space(.)='编辑'])[1]"));
        assertThat(browser.text(By.cssSelector("vaadin-details"))).contains("历史版本");
        browser.screenshot("letter-7-template-editor");
    }
}
