package cn.qinglian.portal.e2e;

import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo township, driven by a real Chromium. All
 * browser tests share this configuration, hence one Spring context and one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Vaadin's dev tools overlay (Copilot) would sit over the header and swallow clicks on 退出
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"demo", "test"})
@Import({SecurityFixture.class, CadreFixture.class})
// per-class instance: the port is injected before @BeforeAll starts the browser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSession(port);
    }

    @BeforeEach
    void freshSession() {
        browser.forgetSession();
    }

    /** What the browser showed when a test failed: screenshot and page source. */
    @RegisterExtension
    final TestWatcher failureEvidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String test = context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + test;
                browser.screenshot(name);
                browser.pageSource(name);
            }
        }
    };

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
