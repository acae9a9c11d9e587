package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.tapedeck.collector.CollectorFixture;
import io.tapedeck.testing.HeadlessChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default end to end: {@code java -jar tapedeck-demo.jar --autopilot} starts its
 * collector, records Tapedeck CRM with the agent uploading over real HTTP on 127.0.0.1, prints
 * the replay's address while the app runs, and exits when the last batch is in. Then the
 * session is checked as stored, as replayed by rrweb, and in the collector's own viewer.
 */
class EmbeddedDemoIT {
    private static final Pattern REPLAY_URL =
            Pattern.compile("^Replay: (http://127\\.0\\.0\\.1:\\d+)/sessions/([^/]+/\\d+) .*");
    private static final String DIALOG_PROMPT = "Enter the new customer's details.";
    /** Captures come at most 10 a second and the EDT budget may delay one; the autopilot holds each state >= 900 ms. */
    private static final long SETTLE_MS = 800;

    @TempDir
    static Path tmp;

    private static DemoProcess demo;
    private static String replayId;
    private static CollectorFixture reader;
    private static StoredSession session;

    @BeforeAll
    static void runTheEmbeddedDemo() throws Exception {
        demo = DemoProcess.embedded(
                tmp,
                "--autopilot-seconds",
                "15",
                "--port",
                "0",
                "--data",
                tmp.resolve("data").toString(),
                "--replay-html",
                tmp.resolve("replay.html").toString());
        String replayLine = demo.awaitLine(l -> l.startsWith("Replay: "), Duration.ofSeconds(60));
        assertFalse(demo.output().contains("AUTOPILOT checkpoint done"), "the address is printed while the app runs");
        Matcher m = REPLAY_URL.matcher(replayLine);
        assertTrue(m.matches(), replayLine);
        replayId = m.group(2);
        assertEquals(0, demo.awaitExit(Duration.ofSeconds(120)), demo::output);

        // The demo's collector stopped with it; another one serves the same directory for the checks.
        Path sessions = tmp.resolve("data/sessions");
        reader = CollectorFixture.start(sessions, b -> b);
        session = StoredSession.read(sessions, reader.url(), replayId);
    }

    @AfterAll
    static void stopReader() {
        if (reader != null) {
            reader.close();
        }
    }

    @Test
    void everyEventOfTheSessionArrivedOnceAndInOrder() throws Exception {
        session.assertCompleteAndInOrder();
        assertTrue(session.lastTimestamp() >= demo.checkpoint("about-open"), "the session lasts until the end");
        assertFalse(demo.output().contains("could not be delivered"), "nothing left in the spool\n" + demo.output());
    }

    @Test
    void theUploadedSessionReplaysTheDemoAtItsCheckpoints() throws Exception {
        try (RrwebReplay replay = RrwebReplay.load(session.writeNdjson(tmp.resolve("uploaded.ndjson")))) {
            replay.seek(demo.checkpoint("email-typed") + SETTLE_MS);
            // Typed values are masked at the default level: one * per character of ada@example.org.
            assertTrue(replay.fieldValues().contains("*".repeat(15)), replay.fieldValues()::toString);
            replay.seek(demo.checkpoint("dialog-open") + SETTLE_MS);
            assertTrue(replay.visibleText().contains(DIALOG_PROMPT), replay::visibleText);
            replay.seek(demo.checkpoint("accounts-tab") + SETTLE_MS);
            assertTrue(replay.visibleText().contains("Northwind Traders"), replay::visibleText);
            replay.seek(replay.lastTimestamp());
            assertEquals(List.of(), replay.errors());
        }
    }

    @Test
    void theViewerListsTheSessionAndItsPlayerShowsTheDemoWithClickMarks() throws Exception {
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.newPage(1700, 1100, problems);
            List<String> failed = new ArrayList<>();
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    failed.add(r.status() + " " + r.url());
                }
            });
            page.navigate(reader.url() + "/");
            String link = "a[href='/sessions/" + replayId + "']";
            page.waitForSelector(link);

            page.click(link);
            page.waitForFunction("() => window.tdPlayer && document.querySelectorAll('#timeline .mark').length > 0");
            long start = session.timestamp(0);
            assertFalse(textAt(page, demo.checkpoint("table-scrolled") + SETTLE_MS - start)
                    .contains(DIALOG_PROMPT));
            assertTrue(textAt(page, demo.checkpoint("dialog-open") + SETTLE_MS - start)
                    .contains(DIALOG_PROMPT));
            assertFalse(textAt(page, demo.checkpoint("dialog-closed") + SETTLE_MS - start)
                    .contains(DIALOG_PROMPT));
            assertTrue(textAt(page, demo.checkpoint("reports-tab") + SETTLE_MS - start)
                    .contains("Last 5 years"));

            int clicks = ((Number) page.evaluate("() => document.querySelectorAll('#timeline .mark-click').length"))
                    .intValue();
            assertTrue(clicks >= 5, "the timeline marks the autopilot's clicks: " + clicks);
            assertEquals(List.of(), failed, "every request of the viewer succeeds (a missing favicon aside)");
            assertEquals(
                    List.of(),
                    problems.stream()
                            .filter(p -> !p.contains("404 (Not Found)"))
                            .collect(Collectors.toList()));
        }
    }

    @Test
    void aSelfContainedReplayPageWasWrittenFromTheCollectorsEvents() throws Exception {
        String html = new String(Files.readAllBytes(tmp.resolve("replay.html")), StandardCharsets.UTF_8);
        assertTrue(html.contains("\"type\":4") && html.contains("rrwebPlayer"), "player and session are inlined");
        assertTrue(html.contains("Northwind Traders"), "the recorded texts are in it");
    }

    /** The text the collector's player shows at {@code offsetMs} into the replay (paused there). */
    private static String textAt(Page page, long offsetMs) {
        return (String) page.evaluate(
                "async (offset) => {"
                        + " const r = window.tdPlayer.getReplayer(); r.pause(offset);"
                        + " await new Promise(f => requestAnimationFrame(() => requestAnimationFrame(f)));"
                        + " const doc = r.iframe.contentDocument; return doc && doc.body ? doc.body.innerText : ''; }",
                (double) offsetMs);
    }
}
