package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views that carry their recorded painting: rendered as SVG, changed by the smallest mutation. */
class PaintedViewStreamTest {
    private final MemoryDestination out = new MemoryDestination();
    private final ReplayStream stream =
            new ReplayStream(out, "https://tapedeck.invalid/", 300_000, ReplayStreamTest.SHOW_TEXT);

    private static DrawElement background() {
        return DrawElement.shape("rect", "x", "0", "y", "0", "width", "200", "height", "100", "fill", "#eeeeee");
    }

    private static DrawElement caption(String text) {
        return DrawElement.text(
                text, "x", "4", "y", "15", "font-family", "DejaVu Sans", "font-size", "12", "textLength", "60");
    }

    private static DrawElement line(String d) {
        return DrawElement.shape("path", "d", d, "stroke", "#3366cc", "fill", "none");
    }

    private static ViewNode painted(long key, ViewKind kind, DrawElement... elements) {
        return ViewNode.builder(key, kind)
                .bounds(10, 10, 200, 100)
                .text("ignored when painted")
                .drawing(Drawing.of(Arrays.asList(elements)))
                .build();
    }

    private static ViewNode desktop(ViewNode... views) {
        ViewNode.Builder window = ViewNode.builder(2, ViewKind.WINDOW).bounds(0, 0, 400, 300);
        for (ViewNode v : views) window.child(v);
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 400, 300)
                .child(window.build())
                .build();
    }

    private static Mirror.Node svgOf(Mirror m, long key) {
        Mirror.Node element = m.element(key);
        assertEquals("div", element.tag);
        Mirror.Node svg = element.children.get(0);
        assertEquals("svg", svg.tag);
        assertTrue(svg.svg);
        return svg;
    }

    @Test
    void aPaintedViewIsAnSvgOfItsElementsInPaintOrder() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.LABEL, background(), caption("Hello"), line("M0 0L10 10"))), 1000);
        Mirror m = Mirror.replay(out.lines);
        Mirror.Node svg = svgOf(m, 4);
        assertEquals(Arrays.asList("rect", "text", "path"), tags(svg));
        assertEquals("Hello", m.element(4).textContent(), "the painting's text, not the caption property");
        assertEquals("200", svg.attributes.get("width"));
    }

    @Test
    void aPaintedViewsOpacityFadesItsElement() throws Exception {
        ViewNode faded = painted(4, ViewKind.LABEL, background()).toBuilder()
                .opacity(0.4f)
                .build();
        stream.snapshot(desktop(faded, painted(5, ViewKind.LABEL, background())), 1000);
        Mirror m = Mirror.replay(out.lines);
        assertTrue(
                m.element(4).attributes.get("style").contains("opacity:0.4"),
                m.element(4).attributes.toString());
        assertFalse(m.element(5).attributes.get("style").contains("opacity"), "an opaque one says nothing");
    }

    @Test
    void changedTextIsOneTextMutationAndNothingElse() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.LABEL, background(), caption("Hello"))), 1000);
        int before = out.lines.size();
        stream.snapshot(desktop(painted(4, ViewKind.LABEL, background(), caption("World"))), 2000);
        List<String> after = out.lines.subList(before, out.lines.size());
        assertEquals(1, after.size());
        JsonNode d = Mirror.parse(after.get(0)).get("data");
        assertEquals(1, d.get("texts").size());
        assertEquals("World", d.get("texts").get(0).get("value").asText());
        assertEquals(0, d.get("adds").size());
        assertEquals(0, d.get("removes").size());
        assertEquals(0, d.get("attributes").size());
        assertEquals("World", Mirror.replay(out.lines).element(4).textContent());
    }

    @Test
    void aChartLineThatMovedIsOneAttributeChange() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.CUSTOM, background(), line("M0 50L50 20L100 70"))), 1000);
        int before = out.lines.size();
        stream.snapshot(desktop(painted(4, ViewKind.CUSTOM, background(), line("M0 50L50 30L100 60"))), 2000);
        JsonNode d = Mirror.parse(out.lines.get(before)).get("data");
        assertEquals(1, d.get("attributes").size());
        assertEquals(
                "M0 50L50 30L100 60",
                d.get("attributes").get(0).get("attributes").get("d").asText());
        assertEquals(0, d.get("adds").size());
        Mirror.replay(out.lines);
    }

    @Test
    void theUsualFontIsLeftToTheStylesheet() throws Exception {
        stream.snapshot(
                desktop(painted(
                        4,
                        ViewKind.LABEL,
                        DrawElement.text(
                                "usual",
                                "x",
                                "1",
                                "y",
                                "12",
                                "font-family",
                                "'DejaVu Sans', sans-serif",
                                "font-size",
                                "12"),
                        DrawElement.text(
                                "other",
                                "x",
                                "1",
                                "y",
                                "30",
                                "font-family",
                                "'DejaVu Serif', serif",
                                "font-size",
                                "14"))),
                1000);
        Mirror m = Mirror.replay(out.lines);
        Mirror.Node usual = svgOf(m, 4).children.get(0),
                other = svgOf(m, 4).children.get(1);
        assertEquals(null, usual.attributes.get("font-family"));
        assertEquals(null, usual.attributes.get("font-size"));
        assertEquals("'DejaVu Serif', serif", other.attributes.get("font-family"));
        assertTrue(io.tapedeck.core.internal.dom.BaseStylesheet.CSS.contains(
                "font-family:'DejaVu Sans', sans-serif;font-size:12px"));
    }

    @Test
    void aDrawingInDevicePixelsIsMappedBackOntoTheComponentsBox() throws Exception {
        ViewNode label = ViewNode.builder(4, ViewKind.LABEL)
                .bounds(10, 10, 200, 100)
                .drawing(Drawing.of(Arrays.asList(background()), 2))
                .build();
        stream.snapshot(desktop(label), 1000);
        Mirror.Node svg = svgOf(Mirror.replay(out.lines), 4);
        assertEquals("200", svg.attributes.get("width"));
        assertEquals("0 0 400 200", svg.attributes.get("viewBox"));
    }

    @Test
    void aRepaintThatDrewTheSameProducesNoEvent() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.LABEL, background(), caption("Hello"))), 1000);
        int before = out.lines.size();
        // A new capture object, recorded again, drawing the very same.
        stream.snapshot(desktop(painted(4, ViewKind.LABEL, background(), caption("Hello"))), 2000);
        assertEquals(before, out.lines.size());
    }

    @Test
    void anElementInsertedInTheMiddleIsOneAddAndTheRestStay() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.CUSTOM, background(), line("M1 1"), line("M2 2"))), 1000);
        int before = out.lines.size();
        stream.snapshot(
                desktop(painted(4, ViewKind.CUSTOM, background(), line("M1 1"), caption("new"), line("M2 2"))), 2000);
        JsonNode d = Mirror.parse(out.lines.get(before)).get("data");
        assertEquals(0, d.get("removes").size());
        assertEquals(2, d.get("adds").size(), "the text element and its text node");
        Mirror m = Mirror.replay(out.lines);
        assertEquals(Arrays.asList("rect", "path", "text", "path"), tags(svgOf(m, 4)));
    }

    @Test
    void anImageDrawnByTwoViewsIsSentOnceAndReferenced() throws Exception {
        Pixels icon = new Pixels("abc123", 16, 16);
        stream.snapshot(
                desktop(
                        painted(
                                4,
                                ViewKind.LABEL,
                                DrawElement.image(icon, "x", "2", "y", "2", "width", "16", "height", "16")),
                        painted(
                                5,
                                ViewKind.BUTTON,
                                DrawElement.image(icon, "x", "8", "y", "2", "width", "16", "height", "16"))),
                1000);
        int before = out.lines.size();
        stream.snapshot(
                desktop(
                        painted(
                                4,
                                ViewKind.LABEL,
                                DrawElement.image(icon, "x", "2", "y", "2", "width", "16", "height", "16")),
                        painted(
                                5,
                                ViewKind.BUTTON,
                                DrawElement.image(icon, "x", "9", "y", "2", "width", "16", "height", "16")),
                        painted(
                                6,
                                ViewKind.BUTTON,
                                DrawElement.image(icon, "x", "1", "y", "1", "width", "16", "height", "16"))),
                2000);
        assertEquals(1, icon.encoded, "the pixels are encoded once");
        String all = String.join("\n", out.lines);
        assertEquals(1, count(all, icon.toDataUrl()), "the pixels are in the stream once");
        assertFalse(out.lines.get(before).contains(icon.toDataUrl()));
        Mirror m = Mirror.replay(out.lines);
        Mirror.Node use = svgOf(m, 6).children.get(0);
        assertEquals("use", use.tag);
        assertEquals("#tdi-abc123", use.attributes.get("href"));
    }

    @Test
    void drawnTextIsMaskedByTheLevelAndPersonalDataEverywhere() throws Exception {
        PrivacyPolicy medium = PrivacyPolicy.of(MaskLevel.MEDIUM, MaskImages.NONE, PrivacyRules.NONE);
        ReplayStream masked = new ReplayStream(out, "https://tapedeck.invalid/", 300_000, medium);
        masked.snapshot(
                desktop(
                        painted(4, ViewKind.TEXT_FIELD, background(), caption("Ada Lovelace")),
                        painted(5, ViewKind.LABEL, caption("Name")),
                        painted(6, ViewKind.LABEL, caption("Write to ada@example.org"))),
                1000);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("*** ********", m.element(4).textContent());
        assertEquals("Name", m.element(5).textContent());
        assertEquals("Write to ***************", m.element(6).textContent());
        String all = String.join("\n", out.lines);
        assertFalse(all.contains("Lovelace") || all.contains("ada@"));
    }

    @Test
    void maskedTextKeepsNoGlyphPositions() throws Exception {
        PrivacyPolicy medium = PrivacyPolicy.of(MaskLevel.MEDIUM, MaskImages.NONE, PrivacyRules.NONE);
        ReplayStream masked = new ReplayStream(out, "https://tapedeck.invalid/", 300_000, medium);
        masked.snapshot(
                desktop(painted(
                        4, ViewKind.TEXT_FIELD, DrawElement.text("Wim", "x", "3 14 18", "y", "15", "font-size", "12"))),
                1000);
        Mirror m = Mirror.replay(out.lines);
        Mirror.Node text = svgOf(m, 4).children.get(0);
        assertEquals("***", text.textContent());
        assertEquals("3", text.attributes.get("x"), "one position: the glyph widths stay private");
        assertEquals("22.5", text.attributes.get("textLength"));
    }

    @Test
    void largeImagesInAPaintingBecomePlaceholdersWithoutTheirPixels() throws Exception {
        PrivacyPolicy large = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.LARGE, PrivacyRules.NONE);
        ReplayStream masked = new ReplayStream(out, "https://tapedeck.invalid/", 300_000, large);
        Pixels photo = new Pixels("photo", 160, 120);
        Pixels icon = new Pixels("icon", 16, 16);
        masked.snapshot(
                desktop(painted(
                        4,
                        ViewKind.LABEL,
                        DrawElement.image(photo, "x", "0", "y", "0", "width", "160", "height", "120"),
                        DrawElement.image(icon, "x", "0", "y", "0", "width", "16", "height", "16"))),
                1000);
        assertEquals(0, photo.encoded);
        Mirror m = Mirror.replay(out.lines);
        Mirror.Node placeholder = svgOf(m, 4).children.get(0);
        assertEquals("rect", placeholder.tag);
        assertEquals("masked-image", placeholder.attributes.get("data-td-privacy"));
        assertEquals("160", placeholder.attributes.get("width"));
        assertEquals("use", svgOf(m, 4).children.get(1).tag);
    }

    @Test
    void aPasswordsPaintingIsNeverRecorded() throws Exception {
        stream.snapshot(desktop(painted(4, ViewKind.PASSWORD, background(), caption("\u2022\u2022\u2022"))), 1000);
        Mirror m = Mirror.replay(out.lines);
        assertEquals("input", m.element(4).tag);
        assertEquals("********", m.element(4).value);
        assertFalse(String.join("\n", out.lines).contains("\u2022"));
    }

    @Test
    void aKeyframeRebuildsPaintingAndLibrary() throws Exception {
        Pixels icon = new Pixels("k1", 8, 8);
        stream.snapshot(
                desktop(painted(
                        4,
                        ViewKind.LABEL,
                        caption("A"),
                        DrawElement.image(icon, "x", "0", "y", "0", "width", "8", "height", "8"))),
                1000);
        stream.keyframe(5000);
        Mirror m = Mirror.replay(out.lines.subList(out.lines.size() - 2, out.lines.size()));
        assertEquals("A", m.element(4).textContent());
        assertNotNull(findById(m, "tdi-k1"), "the image library is part of the snapshot");
    }

    private static Mirror.Node findById(Mirror m, String svgId) {
        for (Mirror.Node n : m.byId.values()) {
            if (svgId.equals(n.attributes.get("id"))) return n;
        }
        return null;
    }

    private static List<String> tags(Mirror.Node n) {
        List<String> tags = new ArrayList<>();
        for (Mirror.Node c : n.children) tags.add(c.tag);
        return tags;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    /** Pixels that count how often they are encoded. */
    private static final class Pixels implements ImageData {
        final String key;
        final int w, h;
        int encoded;

        Pixels(String key, int w, int h) {
            this.key = key;
            this.w = w;
            this.h = h;
        }

        @Override
        public String contentKey() {
            return key;
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
            encoded++;
            return "data:image/png;base64,PIXELS" + key;
        }
    }
}
