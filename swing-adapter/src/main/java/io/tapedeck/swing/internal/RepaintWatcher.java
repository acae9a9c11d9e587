package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.safety.ErrorBoundary;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.text.Caret;
import javax.swing.text.DefaultCaret;
import javax.swing.text.JTextComponent;

/**
 * Learns which components Swing repaints, so exactly those have their painting recorded
 * again: a {@link RepaintManager} that reports every dirty region and otherwise behaves as the
 * manager it replaces. When the app runs with Swing's own manager, ours is that manager plus
 * the report; when the app installed a manager of its own, ours forwards every public call to
 * it, so the app's manager keeps doing what it did (thread checks, custom scheduling).
 *
 * <p>{@code repaint()} may be called on any thread: reports go into a small synchronised set
 * that the capture drains on the EDT.
 */
final class RepaintWatcher {
    private final Set<Component> repainted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Runnable onRepaint;
    private final ErrorBoundary boundary;
    private final Consumer<Component> remember = this::remember;
    private Watching installed; // EDT-confined
    private RepaintManager replaced;

    /**
     * @param onRepaint called (on any thread) when something was repainted; must be cheap
     * @param boundary what a failure of ours inside the app's painting goes to
     */
    RepaintWatcher(Runnable onRepaint, ErrorBoundary boundary) {
        this.onRepaint = onRepaint;
        this.boundary = boundary;
    }

    /** Installs the watching manager, keeping whatever manager is current inside it. EDT only. */
    void install() {
        RepaintManager current = RepaintManager.currentManager((Component) null);
        if (current instanceof Watching) return;
        replaced = current;
        installed = new Watching(this, current.getClass() == RepaintManager.class ? null : current);
        // Keep the app's buffering choice (ours starts with Swing's default).
        installed.setDoubleBufferingEnabled(current.isDoubleBufferingEnabled());
        RepaintManager.setCurrentManager(installed);
    }

    /**
     * Puts back the manager that was current before, if ours is still the current one (an app
     * that installed another since keeps it). EDT only.
     */
    void uninstall() {
        if (installed == null) return;
        if (RepaintManager.currentManager((Component) null) == installed) {
            RepaintManager.setCurrentManager(replaced);
        }
        installed = null;
        replaced = null;
        synchronized (repainted) {
            repainted.clear();
        }
    }

    /** Whether the app replaced our manager since {@link #install()}; then install again. EDT only. */
    boolean displaced() {
        return installed != null && RepaintManager.currentManager((Component) null) != installed;
    }

    /** The components repainted since the last call. EDT only. */
    List<Component> drain() {
        synchronized (repainted) {
            if (repainted.isEmpty()) return Collections.emptyList();
            List<Component> out = new ArrayList<>(repainted);
            repainted.clear();
            return out;
        }
    }

    /** Never disturbs the app's painting: a failure goes to the capture's boundary. */
    private void report(Component c) {
        if (c != null) boundary.accept("the repaint watcher", remember, c);
    }

    private void remember(Component c) {
        synchronized (repainted) {
            repainted.add(c);
        }
        onRepaint.run();
    }

    /**
     * The installed manager. With a {@code delegate} (the app's own manager) every public method
     * goes to it; without, Swing's implementation runs. Swing's package-private painting calls
     * always use this object's own implementation, which is Swing's.
     */
    private static final class Watching extends RepaintManager {
        private final RepaintWatcher watcher;
        final RepaintManager delegate;

        Watching(RepaintWatcher watcher, RepaintManager delegate) {
            this.watcher = watcher;
            this.delegate = delegate;
        }

        @Override
        public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
            if (delegate != null) delegate.addDirtyRegion(c, x, y, w, h);
            else super.addDirtyRegion(c, x, y, w, h);
            if (!caretBlink(c, x, y, w, h)) watcher.report(c);
        }

        @Override
        public void addDirtyRegion(Window window, int x, int y, int w, int h) {
            if (delegate != null) delegate.addDirtyRegion(window, x, y, w, h);
            else super.addDirtyRegion(window, x, y, w, h);
            watcher.report(window);
        }

        @Override
        public void markCompletelyDirty(JComponent c) {
            if (delegate != null) delegate.markCompletelyDirty(c);
            else super.markCompletelyDirty(c);
            watcher.report(c);
        }

        @Override
        public void addInvalidComponent(JComponent invalidComponent) {
            if (delegate != null) delegate.addInvalidComponent(invalidComponent);
            else super.addInvalidComponent(invalidComponent);
        }

        @Override
        public void removeInvalidComponent(JComponent component) {
            if (delegate != null) delegate.removeInvalidComponent(component);
            else super.removeInvalidComponent(component);
        }

        @Override
        public Rectangle getDirtyRegion(JComponent aComponent) {
            return delegate != null ? delegate.getDirtyRegion(aComponent) : super.getDirtyRegion(aComponent);
        }

        @Override
        public void markCompletelyClean(JComponent c) {
            if (delegate != null) delegate.markCompletelyClean(c);
            else super.markCompletelyClean(c);
        }

        @Override
        public boolean isCompletelyDirty(JComponent c) {
            return delegate != null ? delegate.isCompletelyDirty(c) : super.isCompletelyDirty(c);
        }

        @Override
        public void validateInvalidComponents() {
            if (delegate != null) delegate.validateInvalidComponents();
            else super.validateInvalidComponents();
        }

        @Override
        public void paintDirtyRegions() {
            if (delegate != null) delegate.paintDirtyRegions();
            else super.paintDirtyRegions();
        }

        @Override
        public Image getOffscreenBuffer(Component c, int proposedWidth, int proposedHeight) {
            return delegate != null
                    ? delegate.getOffscreenBuffer(c, proposedWidth, proposedHeight)
                    : super.getOffscreenBuffer(c, proposedWidth, proposedHeight);
        }

        @Override
        public Image getVolatileOffscreenBuffer(Component c, int proposedWidth, int proposedHeight) {
            return delegate != null
                    ? delegate.getVolatileOffscreenBuffer(c, proposedWidth, proposedHeight)
                    : super.getVolatileOffscreenBuffer(c, proposedWidth, proposedHeight);
        }

        @Override
        public void setDoubleBufferMaximumSize(Dimension d) {
            if (delegate != null) delegate.setDoubleBufferMaximumSize(d);
            super.setDoubleBufferMaximumSize(d);
        }

        @Override
        public Dimension getDoubleBufferMaximumSize() {
            return delegate != null ? delegate.getDoubleBufferMaximumSize() : super.getDoubleBufferMaximumSize();
        }

        @Override
        public void setDoubleBufferingEnabled(boolean enabled) {
            if (delegate != null) delegate.setDoubleBufferingEnabled(enabled);
            super.setDoubleBufferingEnabled(enabled);
        }

        @Override
        public boolean isDoubleBufferingEnabled() {
            return delegate != null ? delegate.isDoubleBufferingEnabled() : super.isDoubleBufferingEnabled();
        }

        @Override
        public String toString() {
            return "Tapedeck watching " + (delegate != null ? delegate : "Swing's RepaintManager");
        }
    }

    /**
     * A text component's caret repaints exactly its own rectangle twice a second while it
     * blinks: recording that would be two mutations a second for as long as a field has focus.
     * (Typing and moving the caret with the keys change the text or fire events of their own.)
     */
    static boolean caretBlink(JComponent c, int x, int y, int w, int h) {
        if (!(c instanceof JTextComponent)) return false;
        Caret caret = ((JTextComponent) c).getCaret();
        if (!(caret instanceof DefaultCaret)) return false;
        DefaultCaret d = (DefaultCaret) caret;
        return d.x == x && d.y == y && d.width == w && d.height == h;
    }

    /** For tests: whether the app's own manager is kept inside ours. */
    static RepaintManager delegateOf(RepaintManager m) {
        return m instanceof Watching ? ((Watching) m).delegate : null;
    }
}
