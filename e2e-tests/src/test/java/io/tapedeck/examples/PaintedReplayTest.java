package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.record.ReplayStream;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded paintings in the stock rrweb Replayer: SVG nodes are created in the SVG namespace,
 * gradients, clip paths and the session's image library resolve, text keeps the recorded
 * width, and a later text change reaches the drawn text.
 */
class PaintedReplayTest {
    /** A 2×2 red PNG. */
    private static final String RED =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGP4z8DwH4QZYAwAR8oH+WdZbrcAAAAASUVORK5CYII=";

    private static final ImageData ICON = new ImageData() {
        @Override
        public String contentKey() {
            return "red2x2";
        }

        @Override
        public int width() {
            return 2;
        }

        @Override
        public int height() {
            return 2;
        }

        @Override
        public String toDataUrl() {
            return RED;
        }
    };

    private static ViewNode desktop(String caption) {
        Drawing drawing = Drawing.of(Arrays.asList(
                DrawElement.definition(
                        "linearGradient",
                        Arrays.asList(
                                DrawElement.shape("stop", "offset", "0", "stop-color", "#ffffff"),
                                DrawElement.shape("stop", "offset", "1", "stop-color", "#3366cc")),
                        "id",
                        "k4-g1",
                        "gradientUnits",
                        "userSpaceOnUse",
                        "x1",
                        "0",
                        "y1",
                        "0",
                        "x2",
                        "0",
                        "y2",
                        "40"),
                DrawElement.definition(
                        "clipPath",
                        Arrays.asList(DrawElement.shape("rect", "x", "0", "y", "0", "width", "100", "height", "40")),
                        "id",
                        "k4-c1"),
                DrawElement.shape(
                        "rect",
                        "x",
                        "0",
                        "y",
                        "0",
                        "width",
                        "200",
                        "height",
                        "40",
                        "fill",
                        "url(#k4-g1)",
                        "clip-path",
                        "url(#k4-c1)"),
                DrawElement.text(
                        caption,
                        "x",
                        "110",
                        "y",
                        "25",
                        "font-family",
                        "DejaVu Sans",
                        "font-size",
                        "12",
                        "textLength",
                        "70",
                        "lengthAdjust",
                        "spacingAndGlyphs"),
                DrawElement.image(ICON, "x", "180", "y", "10", "width", "16", "height", "16")));
        ViewNode label = ViewNode.builder(4, ViewKind.LABEL)
                .bounds(10, 10, 200, 40)
                .text(caption)
                .drawing(drawing)
                .build();
        ViewNode window = ViewNode.builder(2, ViewKind.WINDOW)
                .bounds(0, 0, 300, 100)
                .child(label)
                .build();
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 300, 100)
                .child(window)
                .build();
    }

    @Test
    void aRecordedPaintingReplaysAsRealSvg(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Destination out = new Destination() {
            @Override
            public void write(byte[] line) {
                bytes.write(line, 0, line.length);
                bytes.write('\n');
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}

            @Override
            public String describe() {
                return "memory";
            }
        };
        ReplayStream stream = new ReplayStream(
                out,
                "https://tapedeck.invalid/",
                300_000,
                PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE));
        stream.snapshot(desktop("Opening"), 1_000);
        stream.snapshot(desktop("Closing"), 2_000);
        Path file = dir.resolve("painted.ndjson");
        Files.write(file, bytes.toByteArray());

        try (RrwebReplay replay = RrwebReplay.load(file)) {
            replay.seek(1_500);
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) replay.evaluate(String.join(
                    "\n",
                    "doc => {",
                    "  const svgNs = 'http://www.w3.org/2000/svg';",
                    "  const text = doc.querySelector('svg.pt text');",
                    "  const use = doc.querySelector('svg.pt use');",
                    "  const rect = doc.querySelector('svg.pt > rect');",
                    "  const target = doc.querySelector(use.getAttribute('href'));",
                    "  return {",
                    "    namespaces: Array.from(doc.querySelectorAll('svg, svg *')).every(e => e.namespaceURI === svgNs),",
                    "    text: text.textContent,",
                    "    textWidth: Math.round(text.getComputedTextLength()),",
                    "    symbol: target ? target.tagName : 'missing',",
                    "    useWidth: Math.round(use.getBoundingClientRect().width),",
                    "    gradient: !!doc.querySelector(rect.getAttribute('fill').slice(4, -1)),",
                    "    insideClip: doc.elementFromPoint(60, 30) === rect,",
                    "    outsideClip: doc.elementFromPoint(160, 30) === rect,",
                    "  };",
                    "}"));
            assertEquals(true, shown.get("namespaces"), "every SVG node in the SVG namespace: " + shown);
            assertEquals("Opening", shown.get("text"));
            assertEquals(70, ((Number) shown.get("textWidth")).intValue(), "the recorded width wins: " + shown);
            assertEquals("symbol", shown.get("symbol"), "the image library resolves: " + shown);
            assertEquals(16, ((Number) shown.get("useWidth")).intValue());
            assertEquals(true, shown.get("gradient"));
            assertEquals(true, shown.get("insideClip"), "the rect is drawn inside its clip: " + shown);
            assertEquals(false, shown.get("outsideClip"), "and not outside it: " + shown);

            replay.seek(2_500);
            assertEquals(List.of("Closing"), replay.textsOf("svg.pt text"));
            assertTrue(replay.errors().isEmpty(), () -> replay.errors().toString());
        }
    }
}
