package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.find;
import static io.tapedeck.javafx.internal.FxTestKit.fx;
import static io.tapedeck.javafx.internal.FxTestKit.fxRun;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.PixelImage;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.RecordingSink;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Image views and canvases as content-hashed images; canvas reads rate-limited. */
class FxImageElementsTest {
    private Stage stage;
    private FxRecorder recorder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestKit.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (recorder != null) recorder.stop();
        fxRun(() -> {
            if (stage != null) stage.close();
        });
    }

    /** A 16×16 image: red left half, blue right half, a green pixel at (5, 5). */
    private static PixelImage sample() {
        int[] argb = new int[16 * 16];
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) argb[y * 16 + x] = x < 8 ? 0xFFFF0000 : 0x800000FF;
        argb[5 * 16 + 5] = 0xFF00FF00;
        return new PixelImage(16, 16, argb);
    }

    private static DrawElement image(Drawing d) {
        List<DrawElement> images = find(d, e -> e.role() == DrawElement.Role.IMAGE);
        assertEquals(1, images.size(), d.toString());
        return images.get(0);
    }

    @Test
    void thePngEncodingDecodesToTheSamePixels() throws Exception {
        PixelImage px = sample();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(px.png()));
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) assertEquals(px.argb(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
        }
        assertTrue(px.toDataUrl().startsWith("data:image/png;base64,"));
        assertEquals(px.contentKey(), sample().contentKey(), "the same pixels, the same key");
    }

    @Test
    void anImageIsReadOnceAndSharedByEveryViewShowingIt() throws Exception {
        Image image = new Image(new ByteArrayInputStream(sample().png()));
        Drawing[] d = fx(() -> {
            ImageView a = new ImageView(image), b = new ImageView(image);
            stage = show(new VBox(a, b), 100, 100);
            return new Drawing[] {FxDrawings.own(a, "a-"), FxDrawings.own(b, "b-"), FxDrawings.own(a, "a-")};
        });
        DrawElement first = image(d[0]);
        assertEquals(sample().contentKey(), first.image().contentKey(), "JavaFX decoded our PNG to the same pixels");
        assertSame(first.image(), image(d[1]).image(), "read once per Image");
        assertSame(first.image(), image(d[2]).image());
        assertEquals(
                List.of("0", "0", "16", "16"),
                List.of(
                        first.attribute("x"),
                        first.attribute("y"),
                        first.attribute("width"),
                        first.attribute("height")));
        assertNull(first.attribute("style"), "smooth by default");
    }

    @Test
    void aViewportIsItsOwnCropAndFitSizeAndPixelationAreKept() throws Exception {
        Image image = new Image(new ByteArrayInputStream(sample().png()));
        Drawing d = fx(() -> {
            ImageView v = new ImageView(image);
            v.setViewport(new Rectangle2D(4, 4, 8, 4));
            v.setFitWidth(32);
            v.setPreserveRatio(true);
            v.setSmooth(false);
            stage = show(new VBox(v), 100, 100);
            return FxDrawings.own(v, "v-");
        });
        DrawElement e = image(d);
        PixelImage crop = (PixelImage) e.image();
        assertEquals(8, crop.width());
        assertEquals(4, crop.height());
        assertEquals(0xFF00FF00, crop.argb(1, 1), "the green pixel at (5,5) is at (1,1) of the viewport");
        assertEquals(0x800000FF, crop.argb(7, 0));
        assertEquals("32", e.attribute("width"));
        assertEquals("16", e.attribute("height"), "the ratio is kept");
        assertEquals("image-rendering:pixelated", e.attribute("style"));
    }

    @Test
    void aCanvasIsItsPixelsReadAtMostOncePerIntervalAndOnlyWhenDrawnOn() throws Exception {
        Canvas canvas = new Canvas(100, 50);
        Drawing first = fx(() -> {
            canvas.getGraphicsContext2D().setFill(Color.RED);
            canvas.getGraphicsContext2D().fillRect(10, 10, 20, 20);
            stage = show(new VBox(canvas), 200, 100);
            return FxDrawings.own(canvas, "c-");
        });
        DrawElement e = image(first);
        PixelImage px = (PixelImage) e.image();
        assertEquals(List.of(100, 50), List.of(px.width(), px.height()));
        assertEquals(0xFFFF0000, px.argb(15, 15));
        assertEquals(0, px.argb(50, 40), "unpainted canvas pixels are transparent");
        assertEquals(1, fx(() -> FxCanvases.snapshots(canvas)));

        Drawing soon = fx(() -> {
            canvas.getGraphicsContext2D().setFill(Color.BLUE);
            canvas.getGraphicsContext2D().fillRect(50, 10, 20, 20);
            return FxDrawings.own(canvas, "c-");
        });
        assertEquals(1, fx(() -> FxCanvases.snapshots(canvas)), "a second read within the interval waits");
        assertEquals(first, soon, "meanwhile the last pixels stand");

        Thread.sleep(FxCanvases.MIN_INTERVAL_NANOS / 1_000_000 + 50);
        Drawing later = fx(() -> FxDrawings.own(canvas, "c-"));
        assertEquals(2, fx(() -> FxCanvases.snapshots(canvas)));
        assertEquals(0xFF0000FF, ((PixelImage) image(later).image()).argb(55, 15));

        assertTrue(FxCanvases.hasChangeSignal(), "JavaFX on the class path: the canvas's bookkeeping is readable");
        Thread.sleep(FxCanvases.MIN_INTERVAL_NANOS / 1_000_000 + 50);
        fx(() -> FxDrawings.own(canvas, "c-"));
        assertEquals(2, fx(() -> FxCanvases.snapshots(canvas)), "nothing drawn since: no snapshot");
    }

    @Test
    void aLargeCanvasIsReadScaledDownButDrawnFullSize() throws Exception {
        Drawing d = fx(() -> {
            Canvas canvas = new Canvas(2000, 1000);
            canvas.getGraphicsContext2D().fillOval(0, 0, 2000, 1000);
            stage = show(new VBox(canvas), 2000, 1000);
            return FxDrawings.own(canvas, "L-");
        });
        DrawElement e = image(d);
        assertTrue(
                (long) e.image().width() * e.image().height() <= FxCanvases.MAX_PIXELS * 1.01,
                e.image().width() + "x" + e.image().height());
        assertEquals("2000", e.attribute("width"));
        assertEquals("1000", e.attribute("height"));
    }

    @Test
    void aCanvasOnAHiDpiWindowIsReadAtTheWindowsRenderScale() throws Exception {
        Drawing d = fx(() -> {
            Canvas canvas = new Canvas(60, 40);
            canvas.getGraphicsContext2D().setFill(Color.RED);
            canvas.getGraphicsContext2D().fillRect(0, 0, 30, 40);
            stage = show(new VBox(canvas), 100, 100);
            stage.setRenderScaleX(2); // what a 200 % screen sets
            stage.setRenderScaleY(2);
            return FxDrawings.own(canvas, "H-");
        });
        DrawElement e = image(d);
        PixelImage pixels = (PixelImage) e.image();
        assertEquals(120, pixels.width(), "twice the canvas's width in pixels");
        assertEquals(80, pixels.height());
        assertEquals("60", e.attribute("width"), "shown at the canvas's own size");
        assertEquals(0xFFFF0000, pixels.argb(58, 40), "the red half ends at x = 30 (60 pixels)");
        assertEquals(0, pixels.argb(61, 40) >>> 24, "and the rest is transparent");
    }

    @Test
    void aRedrawSkippedByTheRateLimitIsRecordedAfterTheInterval() throws Exception {
        RecordingSink sink = new RecordingSink();
        List<ViewNode> snapshots = sink.snapshots;
        recorder = FxRecorder.start(50, PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE), sink);
        Canvas canvas = new Canvas(60, 40);
        fxRun(() -> {
            canvas.getGraphicsContext2D().setFill(Color.RED);
            canvas.getGraphicsContext2D().fillRect(0, 0, 60, 40);
            stage = show(new VBox(canvas), 100, 100);
        });
        awaitCanvasColour(snapshots, 0xFFFF0000);
        fxRun(() -> {
            canvas.getGraphicsContext2D().setFill(Color.BLUE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 60, 40);
        });
        awaitCanvasColour(snapshots, 0xFF0000FF);
    }

    private static void awaitCanvasColour(List<ViewNode> snapshots, int argb) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            if (!snapshots.isEmpty()) {
                AtomicReference<PixelImage> found = new AtomicReference<>();
                walk(snapshots.get(snapshots.size() - 1), found);
                if (found.get() != null && found.get().argb(30, 20) == argb) return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no capture showed the canvas in " + Integer.toHexString(argb));
    }

    private static void walk(ViewNode n, AtomicReference<PixelImage> found) {
        if (n.drawing() != null) {
            for (DrawElement e : n.drawing().elements()) {
                if (e.image() instanceof PixelImage && e.image().width() == 60) found.set((PixelImage) e.image());
            }
        }
        for (ViewNode c : n.children()) walk(c, found);
    }
}
