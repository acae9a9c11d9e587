package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the replay harness on a small hand-made rrweb session (Meta, FullSnapshot with an
 * input, a tab strip and a scroll viewport, then Input, Scroll and mutation events), so the
 * end-to-end test's checks mean something whatever the recorder produces.
 */
class RrwebReplayHarnessTest {
    static final Path FIXTURES = Paths.get("src/test/resources/fixtures");
    private static RrwebReplay replay;
    private static long t0;

    @BeforeAll
    static void load() throws Exception {
        replay = RrwebReplay.load(FIXTURES.resolve("input-scroll-dialog.ndjson"));
        t0 = replay.firstTimestamp();
    }

    @AfterAll
    static void close() {
        if (replay != null) {
            replay.close();
        }
    }

    @Test
    void readsTheSessionsTimeSpan() {
        assertEquals(1751270400000L, t0);
        assertEquals(t0 + 5000, replay.lastTimestamp());
        assertEquals(8, replay.eventCount());
    }

    @Test
    void anInputEventChangesTheReplayedValueAtItsMoment() {
        replay.seek(t0 + 500);
        assertEquals(List.of("ada.lovelace@northwind.com"), replay.inputValues());
        replay.seek(t0 + 1500);
        assertEquals(List.of("ada@example.org"), replay.inputValues());
        assertTrue(replay.errors().isEmpty(), () -> replay.errors().toString());
    }

    @Test
    void aScrollEventScrollsTheViewport() {
        replay.seek(t0 + 1500);
        assertEquals(0, replay.maxScrollTop("[data-td-kind=scroll_viewport]"));
        replay.seek(t0 + 2500);
        assertEquals(360, replay.maxScrollTop("[data-td-kind=scroll_viewport]"));
    }

    @Test
    void theSelectedTabFollowsAttributeMutations() {
        replay.seek(t0 + 3200);
        assertEquals(List.of("Customers"), replay.textsOf("[data-td-kind=tab][data-td-selected=true]"));
        replay.seek(t0 + 3700);
        assertEquals(List.of("Accounts"), replay.textsOf("[data-td-kind=tab][data-td-selected=true]"));
    }

    @Test
    void anAddedDialogIsVisibleUntilItIsRemoved() {
        String prompt = "Enter the new customer's details.";
        replay.seek(t0 + 2500);
        assertFalse(replay.visibleText().contains(prompt));
        replay.seek(t0 + 3200);
        assertTrue(replay.visibleText().contains(prompt), replay::visibleText);
        replay.seek(t0 + 4500);
        assertFalse(replay.visibleText().contains(prompt), replay::visibleText);
        assertTrue(replay.errors().isEmpty(), () -> replay.errors().toString());
    }

    @Test
    void seekingBackwardsRestoresTheEarlierState() {
        replay.seek(t0 + 4500);
        replay.seek(t0 + 500);
        assertEquals(List.of("ada.lovelace@northwind.com"), replay.inputValues());
        assertEquals(0, replay.maxScrollTop("[data-td-kind=scroll_viewport]"));
    }

    @Test
    void aMutationOfAnUnknownNodeIsAnErrorAndAnInputForOneANotice() throws Exception {
        try (RrwebReplay broken = RrwebReplay.load(FIXTURES.resolve("events-for-unknown-nodes.ndjson"))) {
            broken.seek(broken.lastTimestamp());
            List<String> errors = broken.errors();
            assertTrue(errors.stream().anyMatch(e -> e.contains("'999' not found")), errors::toString);
            List<String> notices = broken.notices();
            assertTrue(notices.stream().anyMatch(e -> e.contains("'998' not found")), notices::toString);
        }
    }
}
