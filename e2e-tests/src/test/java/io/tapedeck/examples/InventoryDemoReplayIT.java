package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end for JavaFX: Tapedeck Inventory (io.tapedeck.examples.inventory) runs on autopilot
 * under the real agent jar with real input (the JavaFX Robot, under the build's Xvfb), records
 * into a {@code file:} destination, and the stock rrweb Replayer, replaying the file in headless
 * Chromium, shows what the app showed at the moments the autopilot reached.
 *
 * <p>It sits in this package, not next to the app, because it plays the session with the
 * package's {@link RrwebReplay}.
 */
class InventoryDemoReplayIT extends DemoReplaySuite {
    // The autopilot's values (io.tapedeck.examples.inventory.Autopilot, SampleStock, MainView).
    private static final String PASSWORD = "S3cure#Stock!";
    private static final String FEATURED = "Storm lantern, brass";
    private static final String NEW_LOCATION = "COLD-02-1";
    private static final String FEATURED_SKU = "SKU-11597";
    private static final String DIALOG_PROMPT = "Order more stock from Harbour Lighting Co.";
    private static final String DELETE_WARNING = "This removes the item and its stock history. It cannot be undone.";
    /**
     * At the default mask level (medium) a typed value is recorded as one {@code *} per character.
     * The new location is longer than every generated one ("C-07-3"), so its stars differ from
     * the old value's.
     */
    private static final String MASKED_SEARCH = "*".repeat("lantern".length());

    private static final String MASKED_LOCATION = "*".repeat(NEW_LOCATION.length());
    private static final String MASKED_REFERENCE = "** ****"; // PO 4471
    private static final Pattern SKU = Pattern.compile("SKU-(\\d{5})");
    /**
     * How long after a checkpoint the replay is inspected. A capture of this scene (a 260-row
     * table, charts) costs more than the CRM's, so at the default UI-thread budget (20 ms a
     * second) one comes about once a second, and a change can reach the recording up to ~1.2 s
     * late. The autopilot holds each state for 2 s.
     */
    private static final long SETTLE_MS = 1500;

    @BeforeAll
    static void recordTheDemo() throws Exception {
        recordAndLoad("inventory", 20);
        keepForInspection(session, run.output);
    }

    @Override
    long settleMs() {
        return SETTLE_MS;
    }

    @Override
    String lateCheckpoint() {
        return "sync-running";
    }

    /** The session and the demo's output stay in target/ after the temporary directory is gone. */
    private static void keepForInspection(Path session, List<String> output) throws IOException {
        Path kept = Files.createDirectories(Paths.get("target", "inventory-demo"));
        Files.copy(session, kept.resolve("session.ndjson"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(kept.resolve("output.txt"), output, StandardCharsets.UTF_8);
    }

    @Test
    void thePasswordAppearsNowhereInTheRecording() throws Exception {
        assertEquals(List.of(), DemoRun.passwordPiecesIn(recorded(), PASSWORD));
        seekTo("password-typed");
        assertTrue(shown().contains("Sign in to manage stock"), replay::visibleText);
        assertFalse(replay.fieldValues().stream().anyMatch(v -> v.contains("S3cu")), replay.fieldValues()::toString);
    }

    @Test
    void suppliersEmailsAndPhonesAreMaskedEverywhere() throws Exception {
        // The table shows a contact email and phone on every row, the form and the Suppliers tab
        // show them too: personal data by its shape, masked wherever it is drawn.
        String recorded = recorded();
        for (String personal : new String[] {
            "@harbourlightingco", "margaret.hamilton@", "claude.shannon@", "+44 20 7946", "+44 161 496", ".co.uk"
        }) {
            assertFalse(recorded.contains(personal), personal);
        }
        seekTo("suppliers-tab");
        assertTrue(
                shown().contains("Contact: Claude Shannon"), "the selected supplier is shown: " + replay.visibleText());
    }

    @Test
    void theSearchLeavesTheOneMatchingRowAndTheSearchTextIsMasked() {
        seekTo("signed-in");
        assertTrue(shown().contains("260 of 260 items"), replay::visibleText);
        seekTo("search-typed");
        String text = shown();
        assertTrue(text.contains("1 of 260 items"), text);
        assertTrue(text.contains(FEATURED), text);
        assertEquals(List.of("11597"), skusShown(text), "only the featured item's row is shown");
        assertTrue(replay.fieldValues().contains(MASKED_SEARCH), replay.fieldValues()::toString);
    }

    @Test
    void theEditedLocationIsTypedMaskedAndSavedIntoTheTable() {
        seekTo("row-selected");
        assertTrue(
                shown().contains(FEATURED_SKU + " \u2014 " + FEATURED),
                "the form's heading shows the selected item: " + replay.visibleText());
        assertFalse(replay.fieldValues().contains(MASKED_LOCATION), "not typed yet: " + replay.fieldValues());
        assertFalse(shown().contains(NEW_LOCATION));
        seekTo("location-typed");
        assertTrue(replay.fieldValues().contains(MASKED_LOCATION), replay.fieldValues()::toString);
        assertFalse(shown().contains(NEW_LOCATION), "typed, not saved: the table still shows the old location");
        seekTo("item-saved");
        assertTrue(shown().contains(NEW_LOCATION), "the table row shows the saved location: " + replay.visibleText());
        assertTrue(shown().contains("Saved SKU-11597"), "the status bar says so");
    }

    @Test
    void theContextMenuAndTheReorderDialogAreShownWhileOpen() {
        seekTo("item-saved");
        assertFalse(shown().contains("Copy SKU"), "no context menu yet");
        seekTo("context-menu-open");
        assertTrue(shown().contains("Copy SKU"), replay::visibleText);
        assertTrue(shown().contains("Reorder\u2026"), replay::visibleText);
        seekTo("dialog-open");
        assertTrue(shown().contains(DIALOG_PROMPT), replay::visibleText);
        assertTrue(shown().contains("Reorder " + FEATURED + " (SKU-11597)"), replay::visibleText);
        assertFalse(shown().contains("Copy SKU"), "the context menu closed");
        assertTrue(
                replay.fieldValues().contains(MASKED_REFERENCE),
                "the typed reference, masked: " + replay.fieldValues());
        seekTo("dialog-closed");
        assertFalse(shown().contains(DIALOG_PROMPT), replay::visibleText);
    }

    @Test
    void theConfirmationIsShownWhileOpenAndGoneAfterItCloses() {
        seekTo("dialog-closed");
        assertFalse(shown().contains(DELETE_WARNING), "no confirmation yet");
        seekTo("alert-open");
        assertTrue(shown().contains(DELETE_WARNING), replay::visibleText);
        assertTrue(shown().contains("Delete " + FEATURED + "?"), replay::visibleText);
        seekTo("alert-closed");
        assertFalse(shown().contains(DELETE_WARNING), replay::visibleText);
        assertTrue(shown().contains("Kept SKU-11597"), replay::visibleText);
    }

    @Test
    void theScrolledTableShowsLaterRows() {
        seekTo("search-cleared");
        List<String> before = skusShown(replay.visibleText());
        assertTrue(before.contains("10400"), "the first item is shown before scrolling: " + before);
        seekTo("table-scrolled");
        List<String> after = skusShown(replay.visibleText());
        assertFalse(after.isEmpty(), replay::visibleText);
        assertFalse(after.contains("10400"), "the first item scrolled out of view: " + after);
        assertTrue(after.get(0).compareTo(before.get(0)) > 0, "later rows: " + before + " then " + after);
    }

    @Test
    void theOpenMenuIsShown() {
        seekTo("table-scrolled");
        assertFalse(shown().contains("Comfortable"), "no menu yet");
        seekTo("menu-open");
        String text = shown();
        assertTrue(text.contains("Status bar") && text.contains("Comfortable") && text.contains("Compact"), text);
    }

    @Test
    void theSelectedTabsShowTheirContent() {
        seekTo("reports-tab");
        String reports = shown();
        assertTrue(reports.contains("Units shipped per month \u2014 Tools"), reports);
        assertTrue(reports.contains("Warehouse capacity used: 72%"), reports);
        assertFalse(reports.contains("of 260 items"), "the Stock tab is hidden: " + reports);
        seekTo("suppliers-tab");
        String suppliers = shown();
        assertTrue(suppliers.contains("Severn Electrical") && suppliers.contains("Contact: Claude Shannon"), suppliers);
        assertFalse(suppliers.contains("Units shipped per month"), "the Reports tab is hidden: " + suppliers);
        seekTo("sync-running");
        assertTrue(shown().contains("Synchronising stock levels"), replay::visibleText);
    }

    @Test
    void theTooltipIsShownWhileTheMouseRestsOnTheButton() {
        String tip = "Order more of the selected item from its supplier";
        seekTo("sync-running");
        assertFalse(shown().contains(tip), "no tooltip yet");
        seekTo("tooltip-shown");
        assertTrue(shown().contains(tip), replay::visibleText);
    }

    @Test
    void theSelectedTabIsMarked() {
        String tabs = "[data-td-kind=tabs]";
        seekTo("search-typed");
        assertEquals(List.of("Stock"), replay.attributesOf(tabs, "data-td-selected-tab"));
        seekTo("reports-tab");
        assertEquals(List.of("Reports"), replay.attributesOf(tabs, "data-td-selected-tab"));
    }

    @Test
    void clicksAndMouseMovesAreRecorded() throws Exception {
        long clicks = 0;
        long moves = 0;
        for (String line : Files.readAllLines(session, StandardCharsets.UTF_8)) {
            if (line.contains("\"type\":3") && line.contains("\"source\":2,")) {
                clicks++;
            }
            if (line.contains("\"type\":3") && line.contains("\"source\":1,")) {
                moves++;
            }
        }
        assertTrue(clicks >= 10, "mouse interactions: " + clicks);
        assertTrue(moves >= 10, "mouse move batches: " + moves);
    }

    @Test
    void typingIsRecordedAsItHappens() throws Exception {
        // Input events or text mutations, one per capture while the location is typed.
        List<String> changes = new ArrayList<>();
        long from = run.checkpoint("row-selected");
        long to = run.checkpoint("location-typed");
        for (String line : Files.readAllLines(session, StandardCharsets.UTF_8)) {
            boolean typing =
                    line.contains("\"source\":5,") || line.contains("\"source\":0,") && !line.contains("\"texts\":[]");
            long at = RrwebReplay.timestampOf(line);
            if (line.contains("\"type\":3") && typing && at > from && at <= to) {
                changes.add(line);
            }
        }
        assertTrue(changes.size() >= NEW_LOCATION.length() / 2, "typing was recorded: " + changes.size() + " changes");
    }

    /** The replay's visible text with every run of white space as one space: a wrapped sentence reads as one. */
    private static String shown() {
        return replay.visibleText().replaceAll("\\s+", " ");
    }

    private static List<String> skusShown(String text) {
        List<String> skus = new ArrayList<>();
        Matcher m = SKU.matcher(text);
        while (m.find()) {
            skus.add(m.group(1));
        }
        return skus;
    }

    private static String recorded() throws IOException {
        return new String(Files.readAllBytes(session), StandardCharsets.UTF_8);
    }
}
