package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One recording of one component's own painting: hand {@link #graphics()} to the component's
 * paint code, then take the {@link #finish() Drawing}. If {@link #unsupported()} is not null the
 * drawing is not faithful (XOR mode, {@code copyArea}, a composite SVG cannot express…) and the
 * caller should show an image of the component instead. EDT-confined, single use.
 */
public final class PaintRecording {
    /** More elements than this and the recording gives up ("too many elements"). */
    static final int MAX_ELEMENTS = 20_000;

    private final String idPrefix;
    private final int width;
    private final int height;
    private final GraphicsConfiguration screen;
    /** Device pixels per component pixel: the screen's scale (HiDPI), where Java snaps pixels. */
    private final double scale;

    private final boolean vectorPainters;
    private final List<DrawElement> elements = new ArrayList<>();
    private final Map<String, String> definitionIds = new HashMap<>();
    /** Device bounds of every visible element drawn so far: x, y, right, bottom. */
    private float[] drawnBounds = new float[64];

    private int drawnCount;
    private int nextId;
    private String unsupported;
    private Graphics2D root;
    private ScreenMetrics metrics;

    /**
     * @param idPrefix unique per component (e.g. "k123-"); prefixes every SVG id defined here
     * @param screen the component's screen, for {@code getDeviceConfiguration()} and metrics (may be null)
     * @param vectorPainters whether the graphics is a {@link java.awt.PrintGraphics}, so that
     *        look and feels such as Nimbus paint vectors instead of cached bitmaps
     */
    public PaintRecording(
            String idPrefix, int width, int height, GraphicsConfiguration screen, boolean vectorPainters) {
        this.idPrefix = idPrefix == null ? "" : idPrefix;
        this.scale = uniformScale(screen);
        // Recorded in device pixels, like a real screen graphics: its clip and its transform.
        this.width = (int) Math.ceil(Math.max(0, width) * scale);
        this.height = (int) Math.ceil(Math.max(0, height) * scale);
        this.screen = screen;
        this.vectorPainters = vectorPainters;
    }

    /**
     * The root graphics: clip {@code 0,0,width,height}, identity transform, rendering hints,
     * font and colours as a screen graphics starts with.
     */
    public Graphics2D graphics() {
        if (root == null) {
            root = vectorPainters ? new PrintRecordingGraphics(this) : new RecordingGraphics(this);
        }
        return root;
    }

    /** The elements recorded so far, in paint order. */
    public Drawing finish() {
        return Drawing.of(elements, scale);
    }

    /** The screen's scale when it is the same both ways (the usual HiDPI screen), else 1. */
    private static double uniformScale(GraphicsConfiguration screen) {
        if (screen == null) return 1;
        try {
            java.awt.geom.AffineTransform t = screen.getDefaultTransform();
            double sx = t.getScaleX(), sy = t.getScaleY();
            return sx > 0 && sx == sy && t.getShearX() == 0 && t.getShearY() == 0 && sx <= 8 ? sx : 1;
        } catch (RuntimeException e) {
            return 1;
        }
    }

    double scale() {
        return scale;
    }

    /** Null, or why the recording does not show what the component painted. */
    public String unsupported() {
        return unsupported;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    GraphicsConfiguration screen() {
        return screen;
    }

    ScreenMetrics metrics() {
        if (metrics == null) metrics = new ScreenMetrics(screen);
        return metrics;
    }

    /** Whether drawing still counts (after the first unsupported call nothing else matters). */
    boolean accepting() {
        return unsupported == null;
    }

    /** Marks the recording unfaithful; the first reason wins. */
    void unsupported(String reason) {
        if (unsupported == null) unsupported = reason;
    }

    /** Adds a visible element whose device bounds are {@code bounds}. */
    void add(DrawElement element, Rectangle2D bounds) {
        if (!accepting()) return;
        if (elements.size() >= MAX_ELEMENTS) {
            unsupported("too many elements");
            return;
        }
        elements.add(element);
        if (drawnCount * 4 == drawnBounds.length)
            drawnBounds = java.util.Arrays.copyOf(drawnBounds, drawnBounds.length * 2);
        int i = drawnCount++ * 4;
        drawnBounds[i] = (float) bounds.getMinX();
        drawnBounds[i + 1] = (float) bounds.getMinY();
        drawnBounds[i + 2] = (float) bounds.getMaxX();
        drawnBounds[i + 3] = (float) bounds.getMaxY();
    }

    /** Whether nothing has been drawn under {@code bounds} yet (so SRC-like composites are plain). */
    boolean nothingDrawnUnder(Rectangle2D bounds) {
        for (int i = 0; i < drawnCount * 4; i += 4) {
            if (drawnBounds[i] < bounds.getMaxX()
                    && drawnBounds[i + 2] > bounds.getMinX()
                    && drawnBounds[i + 1] < bounds.getMaxY()
                    && drawnBounds[i + 3] > bounds.getMinY()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The id of a definition ({@code clipPath}, gradient, pattern) with these children and
     * attributes, adding it before the next element the first time; identical definitions share
     * one id within the recording.
     */
    String define(String tag, String idKind, List<DrawElement> children, Svg.Attrs attrs) {
        String[] pairs = attrs.toArray();
        StringBuilder key = new StringBuilder(tag);
        for (String p : pairs) key.append('\u0000').append(p);
        for (DrawElement c : children) key.append('\u0001').append(c);
        String k = key.toString();
        String id = definitionIds.get(k);
        if (id == null) {
            id = idPrefix + idKind + (nextId++);
            definitionIds.put(k, id);
            String[] withId = new String[pairs.length + 2];
            withId[0] = "id";
            withId[1] = id;
            System.arraycopy(pairs, 0, withId, 2, pairs.length);
            if (accepting() && elements.size() < MAX_ELEMENTS) {
                elements.add(DrawElement.definition(tag, children, withId));
            } else {
                unsupported("too many elements");
            }
        }
        return id;
    }
}
