package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayStreamTest {
    private final MemoryDestination out = new MemoryDestination();
    /** These tests are about the event stream, so text is shown (privacy has its own tests). */
    static final PrivacyPolicy SHOW_TEXT = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);

    private final ReplayStream stream = new ReplayStream(out, "https://tapedeck.invalid/", 300_000, SHOW_TEXT);

    // A window (key 2) with a panel (3) holding a label (4), a text field (5), a check box (6),
    // and a scroll viewport (7) whose content is a text area (8).
    private static ViewNode label(String text) {
        return ViewNode.builder(4, ViewKind.LABEL)
                .bounds(5, 5, 100, 20)
                .text(text)
                .build();
    }

    private static ViewNode field(String value) {
        return ViewNode.builder(5, ViewKind.TEXT_FIELD)
                .bounds(5, 30, 120, 22)
                .text(value)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .build();
    }

    private static ViewNode check(boolean on) {
        return ViewNode.builder(6, ViewKind.CHECKBOX)
                .bounds(5, 60, 120, 20)
                .text("Active")
                .flag(ViewNode.SELECTED, on)
                .build();
    }

    private static ViewNode viewport(int scrollY) {
        ViewNode area = ViewNode.builder(8, ViewKind.TEXT_AREA)
                .bounds(0, 0, 200, 400)
                .text("notes")
                .build();
        return ViewNode.builder(7, ViewKind.SCROLL_VIEWPORT)
                .bounds(5, 90, 200, 100)
                .scroll(0, scrollY)
                .child(area)
                .build();
    }

    private static ViewNode panel(int x, ViewNode... kids) {
        ViewNode.Builder b = ViewNode.builder(3, ViewKind.PANEL).bounds(x, 0, 300, 200);
        for (ViewNode k : kids) b.child(k);
        return b.build();
    }

    private static ViewNode window(long key, int x, ViewNode content) {
        return ViewNode.builder(key, ViewKind.WINDOW)
                .bounds(x, 0, 320, 220)
                .text("Window " + key)
                .child(content)
                .build();
    }

    private static ViewNode desktop(int w, ViewNode... windows) {
        ViewNode.Builder b = ViewNode.builder(1, ViewKind.DESKTOP).bounds(0, 0, w, 300);
        for (ViewNode win : windows) b.child(win);
        return b.build();
    }

    private ViewNode base() {
        return desktop(400, window(2, 0, panel(0, label("Hello"), field("ab"), check(false), viewport(0))));
    }

    private List<String> eventsAfter(int count) {
        return out.lines.subList(count, out.lines.size());
    }

    @Test
    void firstCaptureIsMetaThenFullSnapshotThatTheReplayerCanBuild() throws Exception {
        stream.snapshot(base(), 1000);
        assertEquals(4, Mirror.parse(out.lines.get(0)).get("type").asInt());
        assertEquals(2, Mirror.parse(out.lines.get(1)).get("type").asInt());
        Mirror m = Mirror.replay(out.lines);
        assertEquals(400, m.width);
        assertEquals("Hello", m.element(4).textContent());
        assertEquals("input", m.element(5).tag);
        assertEquals("ab", m.element(5).value);
        assertEquals("textarea", m.element(8).tag);
        assertEquals("label", m.element(4).attributes.get("data-td-kind"));
    }

    @Test
    void appEventsBeforeTheFirstCaptureFollowItsKeyframeInOrder() throws Exception {
        stream.custom("App Started", java.util.Map.of("version", "1.2"), 500);
        stream.custom("Signed In", java.util.Map.of(), 700);
        assertEquals(0, out.lines.size(), "nothing can be replayed before Meta");
        stream.snapshot(base(), 1000);
        List<Integer> types = new java.util.ArrayList<>();
        for (String line : out.lines) types.add(Mirror.parse(line).get("type").asInt());
        assertEquals(List.of(4, 2, 5, 5), types.subList(0, 4));
        assertEquals(
                "App Started",
                Mirror.parse(out.lines.get(2)).get("data").get("tag").asText());
        assertEquals(1000, Mirror.parse(out.lines.get(3)).get("timestamp").asLong(), "at the keyframe, not before it");
        stream.custom("Later", java.util.Map.of(), 1500);
        assertEquals(
                5, Mirror.parse(out.lines.get(out.lines.size() - 1)).get("type").asInt());
    }

    @Test
    void appEventsOfARecordingThatNeverCapturedAreWrittenAtItsEnd() throws Exception {
        stream.custom("App Started", java.util.Map.of("build", 7), 500);
        stream.finish(900);
        List<Integer> types = new java.util.ArrayList<>();
        for (String line : out.lines) types.add(Mirror.parse(line).get("type").asInt());
        assertEquals(List.of(4, 2, 5), types, "an empty desktop's keyframe, then the event");
        assertEquals(
                7,
                Mirror.parse(out.lines.get(2))
                        .get("data")
                        .get("payload")
                        .get("build")
                        .asInt());
        assertTrue(out.lines.get(2).contains("\"build\":7"), "a whole number stays whole: " + out.lines.get(2));
    }

    @Test
    void anUnchangedTreeProducesNothing() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(base(), 1100); // equal content, new objects
        ViewNode same = base();
        stream.snapshot(same, 1200);
        stream.snapshot(same, 1300); // the very same objects
        assertEquals(n, out.lines.size());
    }

    @Test
    void movingAPanelIsOneAttributeMutation() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(40, label("Hello"), field("ab"), check(false), viewport(0)))), 1100);
        List<String> events = eventsAfter(n);
        assertEquals(1, events.size());
        JsonNode d = Mirror.parse(events.get(0)).get("data");
        assertEquals(0, d.get("source").asInt());
        assertEquals(1, d.get("attributes").size());
        assertEquals(3 * 8, d.get("attributes").get(0).get("id").asLong());
        assertEquals(1, d.get("attributes").get(0).get("attributes").size());
        assertTrue(d.get("attributes")
                .get(0)
                .get("attributes")
                .get("style")
                .asText()
                .contains("left:40px"));
        assertEquals(0, d.get("adds").size());
        assertEquals(0, d.get("removes").size());
        assertEquals(0, d.get("texts").size());
    }

    @Test
    void typingOneCharacterIsOneInputEvent() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, label("Hello"), field("abc"), check(false), viewport(0)))), 1100);
        List<String> events = eventsAfter(n);
        assertEquals(1, events.size());
        JsonNode d = Mirror.parse(events.get(0)).get("data");
        assertEquals(5, d.get("source").asInt());
        assertEquals(5 * 8, d.get("id").asLong());
        assertEquals("abc", d.get("text").asText());
        Mirror m = Mirror.replay(out.lines);
        assertEquals("abc", m.element(5).value);
    }

    @Test
    void changingALabelIsOneTextMutation() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, label("World"), field("ab"), check(false), viewport(0)))), 1100);
        List<String> events = eventsAfter(n);
        assertEquals(1, events.size());
        JsonNode d = Mirror.parse(events.get(0)).get("data");
        assertEquals(1, d.get("texts").size());
        assertEquals(0, d.get("attributes").size());
        assertEquals("World", Mirror.replay(out.lines).element(4).textContent());
    }

    @Test
    void checkingABoxIsAnInputEventWithIsChecked() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, label("Hello"), field("ab"), check(true), viewport(0)))), 1100);
        Mirror m = Mirror.replay(out.lines);
        List<JsonNode> inputs = m.incrementals(5);
        assertEquals(1, inputs.size());
        assertTrue(inputs.get(0).get("isChecked").asBoolean());
        assertTrue(m.existing(6 * 8 + 5).checked);
        // the owner element shows the state too, for styling
        assertEquals("true", m.element(6).attributes.get("data-td-selected"));
        assertTrue(eventsAfter(n).size() <= 2);
    }

    @Test
    void scrollingIsAScrollEventNotAMutation() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, label("Hello"), field("ab"), check(false), viewport(120)))), 1100);
        List<String> events = eventsAfter(n);
        assertEquals(1, events.size());
        JsonNode d = Mirror.parse(events.get(0)).get("data");
        assertEquals(3, d.get("source").asInt());
        assertEquals(7 * 8, d.get("id").asLong());
        assertEquals(120, d.get("y").asInt());
    }

    @Test
    void addingAndRemovingComponentsKeepsTheOrderTheToolkitPaints() throws Exception {
        stream.snapshot(base(), 1000);
        ViewNode extra = ViewNode.builder(9, ViewKind.BUTTON)
                .bounds(200, 5, 60, 22)
                .text("OK")
                .build();
        // Swing's child 0 is on top: it comes last in the DOM.
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, extra, label("Hello"), field("ab"), check(false), viewport(0)))),
                1100);
        Mirror m = Mirror.replay(out.lines);
        List<Mirror.Node> kids = m.element(3).children;
        assertEquals(9 * 8, kids.get(kids.size() - 1).id);
        stream.snapshot(desktop(400, window(2, 0, panel(0, label("Hello"), field("ab"), viewport(0)))), 1200);
        m = Mirror.replay(out.lines);
        assertFalse(m.byId.containsKey(9L * 8));
        assertFalse(m.byId.containsKey(6L * 8));
        assertEquals(
                List.of(7L * 8, 5L * 8, 4L * 8),
                m.element(3).children.stream().map(c -> c.id).toList());
    }

    @Test
    void reorderingChildrenMovesOnlyWhatMoved() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        stream.snapshot(
                desktop(400, window(2, 0, panel(0, field("ab"), label("Hello"), check(false), viewport(0)))), 1100);
        JsonNode d = Mirror.parse(eventsAfter(n).get(0)).get("data");
        assertEquals(1, d.get("removes").size());
        assertEquals(4 * 8, d.get("removes").get(0).get("id").asLong());
        // the label is re-added: its element, then its text node
        assertEquals(2, d.get("adds").size());
        assertEquals(4 * 8, d.get("adds").get(0).get("node").get("id").asLong());
        Mirror m = Mirror.replay(out.lines);
        assertEquals(
                List.of(7L * 8, 6L * 8, 4L * 8, 5L * 8),
                m.element(3).children.stream().map(c -> c.id).toList());
    }

    @Test
    void raisingAWindowChangesStackingAttributesOnly() throws Exception {
        ViewNode a = window(2, 0, panel(0, label("Hello")));
        ViewNode b = ViewNode.builder(10, ViewKind.WINDOW)
                .bounds(50, 50, 100, 80)
                .text("Dialog")
                .build();
        stream.snapshot(desktop(400, b, a), 1000); // dialog on top
        int n = out.lines.size();
        stream.snapshot(desktop(400, a, b), 1100); // frame raised
        JsonNode d = Mirror.parse(eventsAfter(n).get(0)).get("data");
        assertEquals(0, d.get("adds").size());
        assertEquals(0, d.get("removes").size());
        assertEquals(2, d.get("attributes").size());
        Mirror m = Mirror.replay(out.lines);
        assertTrue(m.element(2).attributes.get("style").contains("z-index:2"));
        assertTrue(m.element(10).attributes.get("style").contains("z-index:1"));
    }

    @Test
    void openingADialogAddsOneWindowAndClosingRemovesIt() throws Exception {
        ViewNode frame = window(2, 0, panel(0, label("Hello")));
        stream.snapshot(desktop(400, frame), 1000);
        ViewNode dialog = ViewNode.builder(10, ViewKind.WINDOW)
                .bounds(50, 50, 100, 80)
                .text("Save?")
                .child(ViewNode.builder(11, ViewKind.LABEL)
                        .bounds(5, 5, 80, 20)
                        .text("Save changes?")
                        .build())
                .build();
        stream.snapshot(desktop(400, dialog, frame), 1100);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("Save changes?", m.element(11).textContent());
        stream.snapshot(desktop(400, frame), 1200);
        m = Mirror.replay(out.lines);
        assertFalse(m.byId.containsKey(10L * 8));
    }

    @Test
    void aLargerViewportIsAViewportResize() throws Exception {
        stream.snapshot(base(), 1000);
        stream.snapshot(
                desktop(640, window(2, 0, panel(0, label("Hello"), field("ab"), check(false), viewport(0)))), 1100);
        Mirror m = Mirror.replay(out.lines);
        assertEquals(640, m.width);
        assertEquals(1, m.incrementals(4).size());
    }

    @Test
    void aPasswordFieldShowsAFixedPlaceholderWhateverItHolds() throws Exception {
        ViewNode pw =
                ViewNode.builder(12, ViewKind.PASSWORD).bounds(0, 0, 100, 20).build();
        stream.snapshot(desktop(400, window(2, 0, pw)), 1000);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("********", m.element(12).value);
        assertEquals("password", m.element(12).attributes.get("type"));
    }

    @Test
    void mouseMovesAreSentInHalfSecondBatchesWithPastOffsets() throws Exception {
        stream.snapshot(base(), 1000);
        int n = out.lines.size();
        for (int i = 0; i < 12; i++) stream.mouseMove(4, 10 + i, 10, 1000 + i * 50L);
        stream.tick(2100);
        Mirror m = Mirror.replay(out.lines);
        List<JsonNode> moves = m.incrementals(1);
        assertEquals(2, moves.size());
        assertEquals(10, moves.get(0).get("positions").size());
        assertEquals(4 * 8, moves.get(0).get("positions").get(0).get("id").asLong());
        assertTrue(out.lines.size() - n == 2);
    }

    @Test
    void aClickSendsPendingMovesFirstAndTargetsTheComponent() throws Exception {
        stream.snapshot(base(), 1000);
        stream.mouseMove(5, 20, 40, 1010);
        stream.mouseAction(MouseAction.CLICK, 5, 20, 40, 1020);
        Mirror m = Mirror.replay(out.lines);
        List<JsonNode> clicks = m.incrementals(2);
        assertEquals(1, clicks.size());
        assertEquals(2, clicks.get(0).get("type").asInt());
        assertEquals(5 * 8, clicks.get(0).get("id").asLong());
        JsonNode last = m.events.get(m.events.size() - 1).get("data");
        assertEquals(2, last.get("source").asInt());
    }

    @Test
    void eventsForComponentsNotYetCapturedPointAtTheDesktop() throws Exception {
        stream.snapshot(base(), 1000);
        stream.mouseAction(MouseAction.CLICK, 999, 1, 1, 1010);
        stream.mouseAction(MouseAction.FOCUS, 999, 1, 1, 1011); // focus on the unknown: dropped
        Mirror m = Mirror.replay(out.lines);
        List<JsonNode> clicks = m.incrementals(2);
        assertEquals(1, clicks.size());
        assertEquals(8, clicks.get(0).get("id").asLong());
    }

    @Test
    void aKeyframeRepeatsMetaAndFullSnapshotAfterTheInterval() throws Exception {
        ReplayStream s = new ReplayStream(out, "https://tapedeck.invalid/", 10_000, SHOW_TEXT);
        s.snapshot(base(), 1000);
        s.tick(5000);
        assertEquals(2, out.lines.size());
        s.tick(11_000);
        assertEquals(4, out.lines.size());
        assertEquals(4, Mirror.parse(out.lines.get(2)).get("type").asInt());
        assertEquals(2, Mirror.parse(out.lines.get(3)).get("type").asInt());
        // after a keyframe, changes are still minimal and apply to the new snapshot
        s.snapshot(
                desktop(400, window(2, 0, panel(0, label("Later"), field("ab"), check(false), viewport(0)))), 12_000);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("Later", m.element(4).textContent());
    }

    @Test
    void timestampsNeverGoBackwards() throws Exception {
        stream.snapshot(base(), 1000);
        stream.mouseMove(4, 1, 1, 1200);
        stream.snapshot(desktop(400, window(2, 0, panel(0, label("X"), field("ab"), check(false), viewport(0)))), 1100);
        stream.mouseAction(MouseAction.CLICK, 4, 1, 1, 1050);
        Mirror.replay(out.lines); // asserts monotonic timestamps
    }

    @Test
    void titleBarIsDrawnOnlyInTheWindowManagersDecorationInsets() throws Exception {
        ViewNode decorated = ViewNode.builder(2, ViewKind.WINDOW)
                .bounds(0, 0, 200, 100)
                .text("CRM")
                .flags(ViewNode.ENABLED | ViewNode.DECORATED)
                .border(new io.tapedeck.core.internal.view.BorderSpec(
                        24, 1, 1, 1, io.tapedeck.core.internal.view.BorderSpec.Style.NONE, 0, 0, null))
                .build();
        ViewNode bare = ViewNode.builder(10, ViewKind.WINDOW)
                .bounds(0, 0, 200, 100)
                .text("Popup")
                .build();
        stream.snapshot(desktop(400, decorated, bare), 1000);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("CRM", m.element(2).textContent());
        assertEquals("", m.element(10).textContent());
        assertEquals("Popup", m.element(10).attributes.get("data-td-title"), "the title is kept as an attribute");
        assertNull(m.byId.get(10L * 8 + 3));
    }
}
