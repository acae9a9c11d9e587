package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masking where a capture enters core: no masked string reaches any written line. */
class PrivacyInStreamTest {
    private static final String EMAIL = "ada@example.org";
    private static final String SEARCH_TIP = "Kwyjibo hint";
    private static final String PROMPT = "Zorblax prompt";
    private static final String TITLE = "Quuxly Records";
    private static final String SECRET_PIXELS = "data:image/png;base64,U0VDUkVUUElYRUxT";

    private final MemoryDestination out = new MemoryDestination();

    private static ViewNode capture(String typed) {
        ViewNode field = ViewNode.builder(5, ViewKind.TEXT_FIELD)
                .bounds(10, 30, 150, 22)
                .text(typed)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .toolTip(SEARCH_TIP)
                .placeholder(PROMPT)
                .accessibleName("Surname")
                .build();
        ViewNode photo = ViewNode.builder(6, ViewKind.LABEL)
                .bounds(10, 60, 140, 120)
                .icon(image(140, 120))
                .text("Photo of Ada")
                .build();
        ViewNode chart =
                ViewNode.builder(7, ViewKind.CUSTOM).bounds(170, 60, 200, 150).build();
        ViewNode secretChild = ViewNode.builder(9, ViewKind.LABEL)
                .bounds(0, 0, 80, 20)
                .text("Diagnosis: flu")
                .build();
        ViewNode blocked = ViewNode.builder(8, ViewKind.PANEL)
                .bounds(11, 190, 130, 40)
                .marker(PrivacyMarker.BLOCK)
                .toolTip("Vexmor tip")
                .child(secretChild)
                .build();
        ViewNode panel = ViewNode.builder(3, ViewKind.PANEL)
                .bounds(0, 0, 400, 300)
                .child(field)
                .child(photo)
                .child(chart)
                .child(blocked)
                .build();
        ViewNode window = ViewNode.builder(2, ViewKind.WINDOW)
                .bounds(0, 0, 400, 300)
                .text(TITLE)
                .child(panel)
                .build();
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 400, 300)
                .child(window)
                .build();
    }

    private static ImageData image(int w, int h) {
        return new ImageData() {
            @Override
            public String contentKey() {
                return "photo";
            }

            @Override
            public int width() {
                return w;
            }

            @Override
            public int height() {
                return h;
            }

            @Override
            public String toDataUrl() {
                return SECRET_PIXELS;
            }
        };
    }

    /** Types the email one character at a time, one capture per character. */
    private Mirror typeEmail(PrivacyPolicy policy) throws Exception {
        ReplayStream stream = new ReplayStream(out, "https://tapedeck.invalid/", 300_000, policy);
        for (int i = 0; i <= EMAIL.length(); i++) stream.snapshot(capture(EMAIL.substring(0, i)), 1000 + i * 100L);
        return Mirror.replay(out.lines);
    }

    private List<String> leaks(String... secrets) {
        String all = String.join("\n", out.lines);
        List<String> found = new ArrayList<>();
        for (String s : secrets) {
            // Any four characters in a row of a secret would already be a leak of typing in
            // progress (shorter pieces occur by chance in the stylesheet).
            for (int i = 0; i + 4 <= s.length(); i++) {
                String piece = s.substring(i, i + 4);
                if (all.contains(piece)) {
                    found.add(s + ": \"" + piece + "\"");
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void atMediumNothingTypedNorAnyTextOfTheFieldIsWrittenAndInputEventsAreMasked() throws Exception {
        Mirror m = typeEmail(PrivacyPolicy.defaults());
        assertEquals(List.of(), leaks(EMAIL, SEARCH_TIP, PROMPT, "Diagnosis: flu", "Vexmor tip"));
        assertFalse(String.join("\n", out.lines).contains(SECRET_PIXELS), "a large image's pixels");
        assertEquals("*".repeat(EMAIL.length()), m.element(5).value);
        int inputs = 0;
        for (String line : out.lines) {
            if (line.contains("\"source\":5")) {
                inputs++;
                assertTrue(line.matches(".*\"text\":\"\\**\".*"), line);
            }
        }
        assertEquals(EMAIL.length(), inputs, "one Input per typed character, each only stars");
        assertEquals("******* ****", m.element(5).attributes.get("title"));
        assertEquals("******* ******", m.element(5).attributes.get("placeholder"));
        assertEquals("*******", m.element(5).attributes.get("aria-label"), "the accessible name (Surname)");
        assertEquals(TITLE, m.element(2).attributes.get("data-td-title"), "medium shows window titles");
    }

    @Test
    void atConservativeTitlesLabelsAndTooltipsAreMaskedEverywhereTheyAppear() throws Exception {
        Mirror m = typeEmail(PrivacyPolicy.of(MaskLevel.CONSERVATIVE, MaskImages.NONE, PrivacyRules.NONE));
        assertEquals(List.of(), leaks(EMAIL, SEARCH_TIP, PROMPT, TITLE, "Photo of Ada", "Diagnosis: flu"));
        assertEquals("****** *******", m.element(2).attributes.get("data-td-title"));
        assertTrue(String.join("\n", out.lines).contains(SECRET_PIXELS), "images follow maskImages=none");
    }

    @Test
    void atLightTheTypedEmailIsMaskedOnceItLooksLikeOne() throws Exception {
        Mirror m = typeEmail(PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.LARGE, PrivacyRules.NONE));
        assertEquals("*".repeat(EMAIL.length()), m.element(5).value);
        String all = String.join("\n", out.lines);
        assertFalse(all.contains("ada@"), "from the @ on, the value is masked");
        assertTrue(all.contains(SEARCH_TIP), "light keeps an ordinary field's tooltip");
        assertTrue(all.contains("\"aria-label\":\"Surname\""), "and its accessible name, before the @ was typed");
        assertEquals("*******", m.element(5).attributes.get("aria-label"), "after it, all of the field is masked");
    }

    @Test
    void placeholdersHaveTheComponentsExactBoxAndNothingElse() throws Exception {
        Mirror m = typeEmail(PrivacyPolicy.defaults());
        Mirror.Node blocked = m.element(8);
        assertEquals("blocked", blocked.attributes.get("data-td-privacy"));
        assertEquals("left:11px;top:190px;width:130px;height:40px", blocked.attributes.get("style"));
        assertEquals(List.of(), blocked.children, "nothing inside a blocked component");
        assertFalse(blocked.attributes.containsKey("title"));

        Mirror.Node chart = m.element(7);
        assertEquals("masked-image", chart.attributes.get("data-td-privacy"));
        assertTrue(chart.attributes.get("style").startsWith("left:170px;top:60px;width:200px;height:150px"));

        Mirror.Node icon = m.byId.get(6L * 8 + 2);
        assertEquals("div", icon.tag, "a placeholder element, not an img");
        assertEquals("masked-image", icon.attributes.get("data-td-privacy"));
        assertEquals("width:140px;height:120px", icon.attributes.get("style"));
        assertFalse(icon.attributes.containsKey("src"));
    }

    @Test
    void blockingAComponentLaterRemovesWhatItShowed() throws Exception {
        ReplayStream stream = new ReplayStream(
                out,
                "https://tapedeck.invalid/",
                300_000,
                PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE));
        ViewNode shown = capture("x");
        stream.snapshot(shown, 1000);
        ViewNode window = shown.children().get(0);
        ViewNode panel = window.children().get(0);
        ViewNode field =
                panel.children().get(0).toBuilder().marker(PrivacyMarker.BLOCK).build();
        ViewNode newPanel = panel.toBuilder()
                .children(List.of(
                        field,
                        panel.children().get(1),
                        panel.children().get(2),
                        panel.children().get(3)))
                .build();
        stream.snapshot(
                ViewNode.builder(1, ViewKind.DESKTOP)
                        .bounds(0, 0, 400, 300)
                        .child(window.toBuilder().children(List.of(newPanel)).build())
                        .build(),
                1100);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("div", m.element(5).tag);
        assertEquals("blocked", m.element(5).attributes.get("data-td-privacy"));
    }
}
