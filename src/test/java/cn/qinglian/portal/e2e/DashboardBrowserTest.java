package cn.qinglian.portal.e2e;

import cn.qinglian.portal.security.PasswordPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader (lingdao) opens the dashboard, sees it at desktop, tablet and phone widths, and clicks a
 * number: the list it opens has exactly that many rows.
 */
class DashboardBrowserTest extends BrowserTest {

    private static final By OPEN_ITEMS = By.cssSelector("a.kpi-card[data-kpi='未销号事项']");

    @AfterEach
    void desktopAgain() {
        browser.windowSize(1280, 900);
    }

    private void openDashboard() {
        browser.open("/dashboard");
        // the figures arrive after the placeholders (computed off the UI thread, the browser polls)
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(OPEN_ITEMS));
        browser.waitForVaadin();
    }

    @Test
    void theLeaderClicksANumberAndTheListHasThatManyRows() {
        browser.signIn("lingdao", PasswordPolicy.DEMO_PASSWORD);
        browser.windowSize(1280, 2300);
        openDashboard();
        assertThat(browser.text(By.cssSelector(".dashboard-bar h2"))).isEqualTo("工作驾驶舱");
        assertThat(browser.elements(By.cssSelector(".chart-svg svg a")).size()).isPositive();
        assertThat(browser.elements(By.cssSelector(".matrix-cell")).size()).isPositive();
        browser.screenshot("dashboard-1280");
        browser.windowSize(1024, 2900);
        browser.waitForVaadin();
        browser.screenshot("dashboard-1024");
        // a phone: the top, the charts and the light matrix, one screen each
        browser.windowSize(390, 844);
        browser.waitForVaadin();
        browser.screenshot("dashboard-390-1-figures");
        browser.scrollTo(By.cssSelector("[data-chart='各村居清零率']"));
        browser.screenshot("dashboard-390-2-charts");
        browser.scrollTo(By.cssSelector(".light-matrix"));
        browser.screenshot("dashboard-390-3-lights");
        browser.windowSize(1280, 900);
        openDashboard();

        String value = browser.attribute(OPEN_ITEMS, "data-value");
        assertThat(Integer.parseInt(value)).isPositive();
        browser.click(OPEN_ITEMS);
        browser.waiting().until(d -> browser.currentPath().startsWith("/clearance/items"));
        browser.waitForVaadin();
        browser.waiting().until(d -> browser.text(By.cssSelector(".row-count")).startsWith("共"));
        assertThat(browser.text(By.cssSelector(".row-count")).replace(",", ""))
                .isEqualTo("共 " + value + " 条");
        browser.screenshot("dashboard-drill-down");

        // a bar of the village chart opens that village's items
        openDashboard();
        String bar = browser.attribute(By.cssSelector("[data-chart='各村居清零率'] svg a"), "href");
        assertThat(bar).contains("clearance/items?village=");
    }
}
