package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.safety.TapedeckThreads;
import io.tapedeck.core.internal.view.PixelImage;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

/**
 * A {@link Canvas}, or an unmasked {@code WebView}'s page, as an IMAGE element of its pixels:
 * content JavaFX holds as pixels, not as nodes. Reading them means
 * {@code canvas.snapshot(...)} on the FX thread (about 1 ms for 400×300 with the software
 * pipeline, more on a GPU read-back), so it is rate-limited: at most once per
 * {@link #MIN_INTERVAL_NANOS} per canvas, and only when the canvas may have changed. A canvas
 * changes only through its GraphicsContext, whose commands JavaFX buffers and hands to the
 * renderer at the next pulse; the canvas's bookkeeping of those hand-overs (private fields,
 * readable when JavaFX is on the class path) is the change signal. Without it the canvas is
 * re-read at the rate limit whenever a capture happens. A re-read skipped by the rate limit
 * asks for one pulse when the interval is over, so the last drawing is never lost. Pixels are
 * read at the window's render scale; more than {@link #MAX_PIXELS} are read scaled down (a
 * blurrier image, a bounded cost).
 * A change the signal cannot see (same amount of drawing, the bookkeeping wrapped round) is
 * caught by a re-read at least every {@link #STALE_NANOS} while captures happen.
 */
final class FxCanvases {
    static final long MIN_INTERVAL_NANOS = 500_000_000L;
    static final long STALE_NANOS = 5_000_000_000L;
    static final long MAX_PIXELS = 1L << 20;

    private static final class State {
        PixelImage pixels;
        long takenAt;
        Object fingerprint;
        boolean pulseRequested;
        /** A re-read was put off by the rate limit: the drawing shown is older than the canvas. */
        boolean behind;

        int snapshots;
    }

    private static final Map<Node, State> STATES = new WeakHashMap<>();
    private static final Field[] BOOKKEEPING = bookkeeping();
    private static ScheduledThreadPoolExecutor timer;

    private FxCanvases() {}

    static void canvas(Canvas c, FxDrawingOut out) {
        pixels(c, c.getWidth(), c.getHeight(), out);
    }

    /**
     * A web page (a {@code WebView} the app explicitly unmasked): WebKit renders it into the
     * node, so its pixels are the only record of it. It has no change signal of its own; the
     * capture reaches it when JavaFX marked it changed (the page repainted), and the rate limit
     * bounds the cost.
     */
    static void page(Parent webView, FxDrawingOut out) {
        Bounds box = webView.getLayoutBounds();
        pixels(webView, box.getWidth(), box.getHeight(), out);
    }

    private static void pixels(Node c, double w, double h, FxDrawingOut out) {
        if (!(w >= 1) || !(h >= 1)) return;
        State st = STATES.computeIfAbsent(c, k -> new State());
        long now = System.nanoTime();
        Object fp = fingerprint(c);
        boolean maybeChanged =
                st.pixels == null || fp == null || !fp.equals(st.fingerprint) || now - st.takenAt >= STALE_NANOS;
        if (maybeChanged) {
            if (st.pixels == null || now - st.takenAt >= MIN_INTERVAL_NANOS) {
                PixelImage taken = snapshot(c, w, h);
                st.takenAt = now;
                st.snapshots++;
                st.behind = false;
                st.fingerprint = fingerprint(c); // the snapshot itself synced the canvas
                if (taken != null)
                    st.pixels =
                            st.pixels != null && st.pixels.contentKey().equals(taken.contentKey()) ? st.pixels : taken;
            } else {
                st.behind = true;
            }
            if (st.behind && !st.pulseRequested) {
                st.pulseRequested = true;
                pulseLater(st, MIN_INTERVAL_NANOS - (now - st.takenAt));
            }
        }
        if (st.pixels == null) return;
        FxDrawingOut.Attrs a = new FxDrawingOut.Attrs()
                .num("x", out.ox())
                .num("y", out.oy())
                .num("width", w)
                .num("height", h);
        out.image(st.pixels, a);
    }

    /**
     * Whether the canvas's last drawing was not re-read because of the rate limit: a capture
     * that reads only what changed must read it again after the pulse asked for.
     */
    static boolean behind(Node c) {
        State st = STATES.get(c);
        return st != null && st.behind;
    }

    /** Snapshots taken of {@code c} so far (tests). */
    static int snapshots(Node c) {
        State st = STATES.get(c);
        return st == null ? 0 : st.snapshots;
    }

    /**
     * The scale JavaFX renders the node's window at (2 on a 200 % screen): the canvas is read at
     * that density, so a HiDPI replay is as sharp as the screen was.
     */
    private static double renderScale(Node c) {
        Scene scene = c.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null) return 1;
        double scale = Math.max(window.getRenderScaleX(), window.getRenderScaleY());
        return scale >= 1 && scale <= 8 ? scale : 1;
    }

    /**
     * The canvas's pixels in its own coordinates at the window's render scale, scaled down when
     * large; null if it cannot be read.
     */
    private static PixelImage snapshot(Node c, double w, double h) {
        double scale = Math.min(renderScale(c), Math.sqrt((double) MAX_PIXELS / (w * h)));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        // A snapshot is rendered in the parent's coordinates; undo the canvas's own transforms.
        Transform toLocal;
        try {
            toLocal = c.getLocalToParentTransform().createInverse();
        } catch (NonInvertibleTransformException e) {
            return null;
        }
        params.setTransform(scale == 1 ? toLocal : Transform.scale(scale, scale).createConcatenation(toLocal));
        int pw = (int) Math.ceil(w * scale), ph = (int) Math.ceil(h * scale);
        params.setViewport(new Rectangle2D(0, 0, pw, ph));
        WritableImage image = c.snapshot(params, null);
        int iw = Math.min(pw, (int) image.getWidth()), ih = Math.min(ph, (int) image.getHeight());
        if (iw <= 0 || ih <= 0) return null;
        return FxImageElements.read(image.getPixelReader(), 0, 0, iw, ih);
    }

    /** One pulse after {@code nanos}, so a capture sees the drawing a skipped re-read missed. */
    private static void pulseLater(State st, long nanos) {
        synchronized (FxCanvases.class) {
            if (timer == null) {
                timer = TapedeckThreads.scheduler("tapedeck-fx-canvas");
            }
        }
        timer.schedule(
                () -> {
                    try {
                        Platform.runLater(() -> {
                            st.pulseRequested = false;
                            Platform.requestNextPulse();
                        });
                    } catch (RuntimeException toolkitGone) {
                        // Nothing left to record.
                    }
                },
                Math.max(1, nanos),
                TimeUnit.NANOSECONDS);
    }

    /**
     * What changes whenever drawing commands reached the renderer: the pending command buffer
     * and the ring of recent buffer sizes with its index. Null when unreadable.
     */
    private static Object fingerprint(Node node) {
        if (BOOKKEEPING == null || !(node instanceof Canvas)) return null;
        Canvas c = (Canvas) node;
        try {
            Object pending = BOOKKEEPING[0].get(c);
            int index = BOOKKEEPING[1].getInt(c);
            int values = Arrays.hashCode((int[]) BOOKKEEPING[2].get(c));
            int objects = Arrays.hashCode((int[]) BOOKKEEPING[3].get(c));
            return Arrays.asList(
                    pending == null ? 0 : System.identityHashCode(pending),
                    index,
                    values,
                    objects,
                    (int) c.getWidth(),
                    (int) c.getHeight());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field[] bookkeeping() {
        try {
            Field[] f = {
                Canvas.class.getDeclaredField("current"),
                Canvas.class.getDeclaredField("lastsizeindex"),
                Canvas.class.getDeclaredField("recentvalsizes"),
                Canvas.class.getDeclaredField("recentobjsizes")
            };
            for (Field field : f) field.setAccessible(true);
            if (f[1].getType() != int.class || f[2].getType() != int[].class || f[3].getType() != int[].class)
                return null;
            return f;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // JavaFX on the module path, or other internals: no change signal
        }
    }

    static boolean hasChangeSignal() {
        return BOOKKEEPING != null;
    }
}
