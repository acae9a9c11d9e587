package io.tapedeck.swing.internal;

import java.awt.Component;
import java.awt.Container;
import java.util.function.BiConsumer;

/**
 * The session's components: one {@link ComponentState} per component seen (identity, held weakly),
 * holding its key (see {@link Keys}) and its dirty marks. Marking is how every listener reports
 * a change; the capture reads and clears the marks. EDT-confined, except {@link #anyDirty()},
 * which the scheduler thread polls.
 */
final class ComponentRegistry {
    private final WeakIdentityMap<Component, ComponentState> tracked = new WeakIdentityMap<>();
    /** Serial 1 is the desktop root (see {@link Keys#DESKTOP}). */
    private long nextSerial = 2;

    private volatile boolean anyDirty = true;
    /** A window or popup was shown or hidden since the last capture (EDT-confined). */
    private boolean windowsChanged;

    /** The component's entry, created (with a new key) on first sight. */
    ComponentState track(Component c) {
        ComponentState t = tracked.get(c);
        if (t == null) {
            t = new ComponentState(Keys.componentKey(nextSerial));
            nextSerial = nextSerial >= Keys.MAX_SERIAL ? 2 : nextSerial + 1;
            tracked.put(c, t);
        }
        return t;
    }

    /** The entry of a component seen before, or null. */
    ComponentState find(Component c) {
        return c == null ? null : tracked.get(c);
    }

    /** The component's own properties changed: read it again at the next capture. */
    void markDirty(Component c) {
        ComponentState t = tracked.get(c);
        if (t != null) t.dirty = true;
        markAncestors(c);
    }

    /** The component's subtree must be read again from scratch (it was added or shown). */
    void markDeep(Component c) {
        ComponentState t = tracked.get(c);
        if (t != null) t.deep = true;
        markAncestors(c);
    }

    /** Its children changed (added, removed, reordered): walk them again. */
    void markChildren(Container c) {
        ComponentState t = tracked.get(c);
        if (t != null) t.dirtyBelow = true;
        markAncestors(c);
    }

    /**
     * Every ancestor walks its children again at the next capture. Always walks to the root
     * (depth is small) instead of stopping at a marked ancestor: a subtree can be moved under
     * a new parent while it carries marks, and a shortcut would then miss the new path.
     */
    private void markAncestors(Component c) {
        anyDirty = true;
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            ComponentState t = tracked.get(p);
            if (t != null) t.dirtyBelow = true;
        }
    }

    /**
     * A window or popup was shown or hidden: the next capture runs even past the EDT budget.
     * Held back for the budget's second it would show late, or, shown for less, never.
     */
    void markWindowsChanged() {
        windowsChanged = true;
        anyDirty = true;
    }

    boolean windowsChanged() {
        return windowsChanged;
    }

    /** Everything is read again at the next capture (the safety resync). */
    void requestCapture() {
        anyDirty = true;
    }

    boolean anyDirty() {
        return anyDirty;
    }

    /** The capture took the marks (those it could not clear stay on the components). */
    void clearAnyDirty() {
        anyDirty = false;
        windowsChanged = false;
    }

    void forEach(BiConsumer<Component, ComponentState> action) {
        tracked.forEachLive(action);
    }

    int size() {
        return tracked.size();
    }
}
