package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: Tapedeck CRM runs on autopilot under the real agent, and the stock rrweb
 * Replayer, replaying the file in headless Chromium, shows what the app showed at the moments
 * the autopilot reached: a typed value, the selected tab, a scrolled table, an open dialog.
 */
class CrmDemoReplayIT extends DemoReplaySuite {
    private static final String PASSWORD = "Tr0ub4dor&3";
    private static final String NEW_EMAIL = "ada@example.org";
    /** At the default mask level (medium) a typed value is recorded as one {@code *} per character. */
    private static final String MASKED_EMAIL = "*".repeat(NEW_EMAIL.length());

    private static final String MASKED_SEARCH = "*".repeat("Lovelace".length());
    private static final String DIALOG_PROMPT = "Enter the new customer's details.";
    /**
     * How long after a checkpoint the replay is inspected: captures come at most 10 a second,
     * and after an expensive one the EDT budget may hold the next back for up to a second.
     * The autopilot holds each state for at least 900 ms.
     */
    private static final long SETTLE_MS = 800;

    @BeforeAll
    static void recordTheDemo() throws Exception {
        recordAndLoad("crm", 15);
    }

    @Override
    long settleMs() {
        return SETTLE_MS;
    }

    /** Not "about-closed": the last change (About closing) may be captured just before its checkpoint is printed. */
    @Override
    String lateCheckpoint() {
        return "about-open";
    }

    @Test
    void thePasswordAppearsNowhereInTheRecording() throws Exception {
        String recorded = new String(Files.readAllBytes(session), StandardCharsets.UTF_8);
        assertEquals(List.of(), DemoRun.passwordPiecesIn(recorded, PASSWORD));
        seekTo("password-typed");
        assertFalse(replay.fieldValues().stream().anyMatch(v -> v.contains("Tr0ub")), replay.fieldValues()::toString);
    }

    @Test
    void theTypedEmailIsInTheReplayedFormMaskedCharacterForCharacter() {
        seekTo("row-selected");
        assertFalse(replay.fieldValues().contains(MASKED_EMAIL), "not typed yet: " + replay.fieldValues());
        seekTo("email-typed");
        assertTrue(replay.fieldValues().contains(MASKED_EMAIL), replay.fieldValues()::toString);
        assertTrue(replay.fieldValues().contains(MASKED_SEARCH), "the search field still shows the search, masked");
        // Every text value is stars (spaces and line breaks kept).
        assertFalse(
                replay.fieldValues().stream().anyMatch(v -> v.chars().anyMatch(c -> c != '*' && c != ' ' && c != '\n')),
                () -> "every form value is masked at the default level: " + replay.fieldValues());
    }

    @Test
    void typingIsRecordedAsItHappensAndNoTypedTextAppears() throws Exception {
        // A painted field's text changes as a text mutation; a field drawn from properties as
        // an Input event. Either way, one per capture while the email is typed.
        List<String> changes = new ArrayList<>();
        long from = run.checkpoint("row-selected"), to = run.checkpoint("email-typed");
        for (String line : Files.readAllLines(session, StandardCharsets.UTF_8)) {
            boolean typing =
                    line.contains("\"source\":5,") || line.contains("\"source\":0,") && !line.contains("\"texts\":[]");
            long at = RrwebReplay.timestampOf(line);
            if (line.contains("\"type\":3") && typing && at > from && at <= to) changes.add(line);
        }
        assertTrue(changes.size() >= NEW_EMAIL.length() / 2, "typing was recorded: " + changes.size() + " changes");
        for (String typed : new String[] {"ada@ex", "Lovela"}) {
            assertFalse(changes.stream().anyMatch(e -> e.contains(typed)), typed);
        }
        // The email is personal data wherever it is drawn (the table, the status line), and the
        // password is never recorded: neither is anywhere in the session.
        String recorded = new String(Files.readAllBytes(session), StandardCharsets.UTF_8);
        assertFalse(recorded.contains("ada@ex"));
        assertFalse(recorded.contains("Tr0ub"));
    }

    @Test
    void theSelectedTabAndItsContentAreShown() {
        String tabs = "[data-td-kind=tabs]";
        seekTo("email-typed");
        assertEquals(List.of("Customers"), replay.attributesOf(tabs, "data-td-selected-tab"));
        seekTo("accounts-tab");
        assertEquals(List.of("Accounts"), replay.attributesOf(tabs, "data-td-selected-tab"));
        assertTrue(replay.visibleText().contains("Northwind Traders"), "the accounts tree is shown");
        assertTrue(replay.visibleText().contains("accounts, total balance"), "the accounts summary is shown");
        seekTo("reports-tab");
        assertEquals(List.of("Reports"), replay.attributesOf(tabs, "data-td-selected-tab"));
        assertTrue(replay.visibleText().contains("Last 5 years"), "the chosen period is shown");
        assertFalse(replay.visibleText().contains("accounts, total balance"), "the Accounts tab is hidden");
    }

    @Test
    void theScrolledTableIsScrolledInTheReplay() {
        String viewport = "[data-td-kind=scroll_viewport]";
        seekTo("customer-saved");
        int before = replay.maxScrollTop(viewport);
        seekTo("table-scrolled");
        int after = replay.maxScrollTop(viewport);
        assertTrue(after > 0 && after > before, "scrollTop before " + before + ", after " + after);
    }

    @Test
    void theDialogIsShownWhileOpenAndGoneAfterItCloses() {
        seekTo("table-scrolled");
        assertFalse(replay.visibleText().contains(DIALOG_PROMPT), "no dialog yet");
        seekTo("dialog-open");
        assertTrue(replay.visibleText().contains(DIALOG_PROMPT), replay::visibleText);
        assertTrue(replay.fieldValues().contains("***** ******"), "Grace Hopper, masked: " + replay.fieldValues());
        seekTo("dialog-closed");
        assertFalse(replay.visibleText().contains(DIALOG_PROMPT), replay::visibleText);
    }
}
