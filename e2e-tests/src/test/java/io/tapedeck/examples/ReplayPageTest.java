package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import io.tapedeck.testing.HeadlessChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages a person opens to watch a session: player.html and the self-contained replay.html. */
class ReplayPageTest {
    private static final Path FIXTURE = RrwebReplayHarnessTest.FIXTURES.resolve("input-scroll-dialog.ndjson");
    /** The player page as the examples build lays it out, its assets next to it. */
    private static final Path PLAYER_PAGE = Paths.get("../examples/target/classes/player/player.html");
    /** The replayed document inside rrweb-player, once it shows the fixture's window. */
    private static final String REPLAYED_WINDOW = "() => { const f = document.querySelector('.rr-player iframe');"
            + " return !!(f && f.contentDocument && f.contentDocument.querySelector('[data-td-kind=window]')); }";
    /**
     * Navigation returns once the document is parsed, not at "load": the page's load event also
     * waits for the replayer's iframe, and that iframe does not always finish "loading" (on a
     * busy machine replay.html's navigation once hung the full 30 s; RrwebReplay avoids waiting
     * for it for the same reason). Each test then waits for what it really needs, e.g.
     * {@link #REPLAYED_WINDOW}.
     */
    private static final Page.NavigateOptions DOM_READY =
            new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED);

    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void replayHtmlPlaysItsInlinedSessionFromAFileUrlWithNothingElse() throws Exception {
        Path html = ReplayPage.write(FIXTURE, dir.resolve("replay.html"));
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Page page = chromium.newPage(1700, 1100, problems);
        page.navigate(html.toUri().toString(), DOM_READY);
        page.waitForFunction(REPLAYED_WINDOW);
        assertTrue(((String) page.textContent("#status")).contains("8 events"), page.textContent("#status"));
        assertTrue(problems.isEmpty(), problems::toString);
        String text = Files.readString(html);
        assertFalse(text.contains("src=\"rrweb-player"), "the player script must be inlined");
        assertFalse(text.contains("href=\"style.css\""), "the player style must be inlined");
    }

    @Test
    void recordedTextCannotEndTheInlinedSessionEarly() throws Exception {
        String session = Files.readString(FIXTURE).replace("row 1 … row 100", "</script><!-- rows");
        Path ndjson = dir.resolve("tricky.ndjson");
        Files.write(ndjson, session.getBytes(StandardCharsets.UTF_8));
        Path html = ReplayPage.write(ndjson, dir.resolve("replay.html"));
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Page page = chromium.newPage(1700, 1100, problems);
        page.navigate(html.toUri().toString(), DOM_READY);
        page.waitForFunction(REPLAYED_WINDOW);
        Object grid = page.evaluate("() => document.querySelector('.rr-player iframe').contentDocument"
                + ".querySelector('[data-td-kind=grid]').textContent");
        assertEquals("</script><!-- rows", grid);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void playerHtmlPlaysASessionChosenWithTheFilePicker() {
        Path player = PLAYER_PAGE;
        assertTrue(Files.exists(player.resolveSibling("rrweb-player.umd.min.cjs")), "player assets next to the page");
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Page page = chromium.newPage(1700, 1100, problems);
        page.navigate(player.toAbsolutePath().toUri().toString(), DOM_READY);
        page.setInputFiles("#file", FIXTURE);
        page.waitForFunction(REPLAYED_WINDOW);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void aFileThatIsNotASessionGetsAClearMessage() throws Exception {
        Path notes = dir.resolve("notes.ndjson");
        Files.writeString(notes, "{\"hello\":1}\n");
        Path player = PLAYER_PAGE;
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Page page = chromium.newPage(1700, 1100, problems);
        page.navigate(player.toAbsolutePath().toUri().toString(), DOM_READY);
        page.setInputFiles("#file", notes);
        page.waitForFunction("() => document.querySelector('#status').className === 'error'");
        assertTrue(page.textContent("#status").contains("needs a Meta event"), page.textContent("#status"));
    }

    @Test
    void theNewestSessionInADirectoryIsTheOneToReplay() throws Exception {
        Path older = Files.writeString(dir.resolve("1000.ndjson"), "{}\n");
        Path newer = Files.writeString(dir.resolve("2000.ndjson"), "{}\n");
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertEquals(newer, ReplayPage.newestSession(dir));
        Files.delete(older);
        Files.delete(newer);
        assertThrows(java.io.IOException.class, () -> ReplayPage.newestSession(dir));
    }
}
