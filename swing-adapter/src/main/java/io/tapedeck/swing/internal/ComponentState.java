package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewNode;
import java.util.Collections;
import java.util.List;

/**
 * What the adapter remembers about one component between captures: its key, the node it
 * produced last time, and the dirty marks that say which part of it must be read again.
 * EDT-confined. Holds nothing that refers to the component strongly, so the component can
 * be collected (and its entry with it).
 */
final class ComponentState {
    final long key;
    /** The node built last time, or null before the first capture. */
    ViewNode last;
    /** The component's own properties (or its sub-parts) changed. */
    boolean dirty;
    /** Something below changed: walk the children, reuse what is clean. */
    boolean dirtyBelow;
    /** Read this whole subtree again, trusting no cached node (new or re-shown subtree). */
    boolean deep;
    /** The capture that last read the component itself (see SwingSnapshotBuilder's rounds); 0: none. */
    long readIn;
    /** Not read again before this {@link System#nanoTime()} (its last read was costly); 0: no pause. */
    long pausedUntil;
    /** Listeners are attached to the component. */
    boolean listening;
    /** Per-component listener for models and documents (null when not needed). */
    PartListener parts;
    /** Sub-part nodes (tab headers, cells) from the last read of the component itself. */
    List<ViewNode> partNodes = Collections.emptyList();
    /** Windows only: when it was last opened or activated (higher = more recent = on top). */
    long activation;

    ComponentState(long key) {
        this.key = key;
    }

    boolean clean() {
        return last != null && !dirty && !dirtyBelow && !deep;
    }
}
