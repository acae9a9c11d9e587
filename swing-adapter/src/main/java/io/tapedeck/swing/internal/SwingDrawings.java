package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.PixelImage;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.swing.internal.paint.PaintRecording;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.CellRendererPane;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.UIManager;
import javax.swing.border.Border;
import javax.swing.plaf.ComponentUI;

/**
 * Records one component's own painting (its background, border and content, not its child
 * components) as a {@link Drawing}, by letting the component paint into a recording
 * {@code Graphics2D} on the EDT, outside Swing's paint cycle (so Swing paints straight into it,
 * not into its back buffer).
 *
 * <ul>
 *   <li>A component without visible children is painted whole ({@code paint}): everything it
 *       draws, including a {@code paint()} override, is its own. So is one whose children are
 *       part of its look (a combo box and its arrow button), when the caller says so.</li>
 *   <li>A container paints its {@code paintComponent} and {@code paintBorder}: its children are
 *       elements of their own. Those methods are protected: the agent opens {@code javax.swing}
 *       to us. Without the agent a container that overrides {@code paintComponent} cannot be
 *       recorded (said once); one that does not is painted through its look and feel.</li>
 *   <li>The view of a scroll pane is recorded where it is visible only.</li>
 *   <li>A component that throws while painting, or draws what the recorder cannot express,
 *       becomes a bitmap of itself (or, if even that fails, keeps the drawn approximation);
 *       the problem is logged once per class, and the app paints as without us.</li>
 *   <li>A component that paints slowly ({@link #SLOW_NANOS}, {@link #SLOW_STRIKES} times in a row) is not recorded
 *       again: its class is drawn from its properties from then on, so captures never stall the EDT for it. Slow
 *       means the EDT's own CPU time while recording ({@link PaintClock}), not the time on the wall: on a loaded
 *       machine the EDT waits for a core, and a JTable whose recordings took 45 ms of wall time under load was given
 *       up on in one run and not in the next, so the same window replayed from its painting or from its cells'
 *       properties at random.</li>
 * </ul>
 */
final class SwingDrawings {
    private static final Method PAINT_COMPONENT = protectedMethod("paintComponent");
    private static final Method PAINT_BORDER = protectedMethod("paintBorder");

    /**
     * Recording a component costs about what painting it costs; one that takes longer than this
     * to paint would make each capture a visible stall, so its class is drawn from its
     * properties from then on.
     */
    static final long SLOW_NANOS = 40_000_000L;
    /**
     * Slow recordings in a row after which a class is given up on (the first ones pay for class loading and fonts;
     * a fast one in between clears the count, so only a class that is slow every time is given up on).
     */
    static final int SLOW_STRIKES = 3;

    private final Set<String> reported = new HashSet<>();
    private final Set<Class<?>> tooSlow = new HashSet<>();
    private final Map<Class<?>, Integer> slowStrikes = new HashMap<>();
    private final PaintClock clock = PaintClock.threadCpu();
    private boolean saidNotOpen;

    /** Whether containers' own painting can be recorded exactly (the agent opened javax.swing). */
    static boolean canPaintContainers() {
        return PAINT_COMPONENT != null && PAINT_BORDER != null;
    }

    /**
     * The component's painting, or null when it cannot be recorded (not a Swing component, a
     * password field, a container we cannot paint alone): then core draws it from its
     * properties. EDT only; never throws.
     *
     * @param withChildren the component's children are part of its look (a combo's arrow
     *     button, a scroll bar's arrows, a spinner's field): they are painted into its drawing
     */
    Drawing record(Component c, ViewKind kind, long key, boolean withChildren) {
        if (!(c instanceof JComponent) || kind == ViewKind.PASSWORD || SwingKinds.hostsAnotherToolkit(c)) return null;
        JComponent jc = (JComponent) c;
        if (!tooSlow.isEmpty() && tooSlow.contains(jc.getClass())) return null;
        int w = jc.getWidth(), h = jc.getHeight();
        if (w <= 0 || h <= 0) return Drawing.of(Collections.emptyList());
        Rectangle area = c.getParent() instanceof JViewport ? jc.getVisibleRect() : new Rectangle(0, 0, w, h);
        if (area.isEmpty()) return Drawing.of(Collections.emptyList());
        boolean whole = withChildren || !hasVisibleChildren(jc);
        if (!whole && !canPaintContainers() && overrides(jc.getClass(), "paintComponent")) {
            if (!saidNotOpen) {
                saidNotOpen = true;
                Log.info("containers with custom painting are drawn approximately: start Tapedeck as a -javaagent "
                        + "to record their own painting (first: "
                        + jc.getClass().getName() + ")");
            }
            return null;
        }
        PaintRecording recording;
        long start = clock.now();
        try {
            recording = new PaintRecording("k" + key + "-", w, h, jc.getGraphicsConfiguration(), vectorPainters());
            Graphics2D g = recording.graphics();
            g.clipRect(area.x, area.y, area.width, area.height);
            paintOwn(jc, g, whole);
        } catch (Throwable t) { // not a boundary: the app's paint code failing becomes a bitmap of the component
            report(jc, "threw " + t);
            return bitmap(jc, area, whole);
        }
        long spent = clock.now() - start;
        if (spent <= SLOW_NANOS) {
            if (!slowStrikes.isEmpty()) slowStrikes.remove(jc.getClass());
        } else if (slowStrikes.merge(jc.getClass(), 1, Integer::sum) >= SLOW_STRIKES
                && tooSlow.size() < 1000
                && tooSlow.add(jc.getClass())) {
            slowStrikes.remove(jc.getClass());
            Log.warn("a " + jc.getClass().getName() + " took " + spent / 1_000_000 + " ms of " + clock.what()
                    + " to paint; its painting is no longer recorded (it is drawn from its properties)");
            return null;
        }
        String unsupported = recording.unsupported();
        if (unsupported != null) {
            report(jc, "drew what cannot be recorded as vectors (" + unsupported + ")");
            return bitmap(jc, area, whole);
        }
        return recording.finish();
    }

    /** Nimbus paints vectors (not cached bitmaps) into a graphics that says it prints. */
    private static boolean vectorPainters() {
        return UIManager.getLookAndFeel() instanceof javax.swing.plaf.synth.SynthLookAndFeel;
    }

    private static void paintOwn(JComponent c, Graphics2D g, boolean whole) throws Throwable {
        if (whole) {
            c.paint(g);
            return;
        }
        if (canPaintContainers()) {
            try {
                PAINT_COMPONENT.invoke(c, g);
                PAINT_BORDER.invoke(c, g);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        // What JComponent.paintComponent and paintBorder do, through public API.
        ComponentUI ui = c.getUI();
        if (ui != null) {
            Graphics scratch = g.create();
            try {
                ui.update(scratch, c);
            } finally {
                scratch.dispose();
            }
        }
        Border border = c.getBorder();
        if (border != null) border.paintBorder(c, g, 0, 0, c.getWidth(), c.getHeight());
    }

    /** The component's painting as one image of its visible area, or null if it cannot paint at all. */
    private Drawing bitmap(JComponent c, Rectangle area, boolean whole) {
        try {
            BufferedImage image = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.translate(-area.x, -area.y);
                g.clipRect(area.x, area.y, area.width, area.height);
                paintOwn(c, g, whole);
            } finally {
                g.dispose();
            }
            int[] argb = image.getRGB(0, 0, area.width, area.height, null, 0, area.width);
            PixelImage pixels = new PixelImage(area.width, area.height, argb);
            return Drawing.of(Collections.singletonList(DrawElement.image(
                    pixels,
                    "x",
                    Integer.toString(area.x),
                    "y",
                    Integer.toString(area.y),
                    "width",
                    Integer.toString(area.width),
                    "height",
                    Integer.toString(area.height))));
        } catch (Throwable t) { // not a boundary: a component that cannot paint at all is drawn from its properties
            return null;
        }
    }

    private void report(JComponent c, String problem) {
        String type = c.getClass().getName();
        if (reported.size() < 1000 && reported.add(type)) {
            Log.warn("a " + type + " " + problem + "; it is recorded as a bitmap");
        }
    }

    private static boolean hasVisibleChildren(JComponent c) {
        for (int i = 0, n = c.getComponentCount(); i < n; i++) {
            Component k = c.getComponent(i);
            if (k.isVisible() && !(k instanceof CellRendererPane)) return true;
        }
        return false;
    }

    private static boolean overrides(Class<?> type, String method) {
        for (Class<?> k = type; k != null && k != JComponent.class; k = k.getSuperclass()) {
            try {
                k.getDeclaredMethod(method, Graphics.class);
                return true;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return false;
    }

    private static Method protectedMethod(String name) {
        try {
            Method m = JComponent.class.getDeclaredMethod(name, Graphics.class);
            m.setAccessible(true);
            return m;
        } catch (RuntimeException | NoSuchMethodException e) {
            return null; // javax.swing is not open to us (no agent): see canPaintContainers()
        }
    }
}
