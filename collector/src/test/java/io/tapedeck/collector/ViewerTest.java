package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.tapedeck.testing.HeadlessChromium;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer in the system's headless Chromium: list, player, timeline. */
class ViewerTest {
    private static HeadlessChromium chromium;

    @TempDir
    Path temp;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    /** A page that also reports every answer of 400 and above (a missing script, style or route). */
    private static Page page(List<String> problems) {
        Page page = chromium.newPage(1400, 900, problems);
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + " for " + r.url());
        });
        return page;
    }

    private static String replayedText(Page page) {
        return (String) page.evaluate("() => window.tdPlayer.getReplayer().iframe.contentDocument.body.innerText");
    }

    @Test
    void theListShowsThePostedSessionAndItsPlayerPlaysItWithATimeline() throws Exception {
        long start = System.currentTimeMillis() - 60_000;
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try (CollectorFixture c = CollectorFixture.start(temp)) {
            List<String> session = TestEvents.session(start);
            assertEquals(
                    201,
                    c.putBatch("test-device", start, "0", session.subList(0, 3)).statusCode());
            assertEquals(
                    201,
                    c.putBatch("test-device", start, "1", session.subList(3, session.size()))
                            .statusCode());

            Page page = page(problems);
            page.navigate(c.url() + "/");
            Locator row = page.locator("#sessions tbody tr.session");
            row.first().waitFor();
            assertEquals(1, row.count());
            assertTrue(
                    row.first().innerText().contains(TestEvents.WINDOW_TITLE),
                    row.first().innerText());
            assertTrue(row.first().innerText().contains("test-device"));

            page.fill("#search", "no such window");
            page.waitForSelector(
                    "#sessions tbody tr.session",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));
            page.fill("#search", "order ent");
            row.first().waitFor();
            page.selectOption("#sort", "length");
            row.first().waitFor();

            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/viewer-list.png")));
            row.first().locator("a").click();
            page.waitForURL("**/sessions/test-device/" + start);
            page.waitForFunction("() => window.tdPlayer !== undefined");
            page.waitForLoadState(LoadState.NETWORKIDLE);

            // Sized for the session's viewport (640x400), which fits the window unscaled.
            assertEquals(
                    640.0,
                    ((Number) page.evaluate("() => document.querySelector('.rr-player__frame').offsetWidth"))
                            .doubleValue());
            assertEquals(
                    400.0,
                    ((Number) page.evaluate("() => document.querySelector('.rr-player__frame').offsetHeight"))
                            .doubleValue());

            page.evaluate("() => window.tdPlayer.goto(500, false)");
            page.waitForFunction(
                    "t => window.tdPlayer.getReplayer().iframe.contentDocument.body.innerText.includes(t)",
                    TestEvents.LABEL_BEFORE);
            assertTrue(replayedText(page).contains(TestEvents.WINDOW_TITLE), replayedText(page));
            page.evaluate("() => window.tdPlayer.goto(1900, false)");
            page.waitForFunction(
                    "t => window.tdPlayer.getReplayer().iframe.contentDocument.body.innerText.includes(t)",
                    TestEvents.LABEL_AFTER);

            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/viewer-player.png")));
            Locator clicks = page.locator("#timeline .track .mark-click");
            assertEquals(1, clicks.count());
            assertEquals(String.valueOf(TestEvents.CLICK_OFFSET), clicks.first().getAttribute("data-offset"));
            assertEquals(1, page.locator("#timeline .track .mark-custom").count());
            page.evaluate("() => window.tdPlayer.goto(0, false)");
            clicks.first().click();
            page.waitForFunction(
                    "o => window.tdPlayer.getReplayer().getCurrentTime() >= o", (double) TestEvents.CLICK_OFFSET);

            assertEquals(List.of(), problems);
        }
    }

    @Test
    void theViewerServesThePlayerAsJavaScript() throws Exception {
        try (CollectorFixture c = CollectorFixture.start(temp)) {
            var r = c.get("/viewer/vendor/rrweb-player.umd.min.cjs");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            int status = c.get("/viewer/vendor/..%2F..%2F..%2FCollector.class").statusCode();
            assertTrue(status == 400 || status == 404, "status " + status);
            assertEquals(404, c.get("/viewer/nope.js").statusCode());
            assertEquals(400, c.get("/sessions/..%2F/1").statusCode());
        }
    }
}
