package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.log.Log;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Which nodes of each scene changed since its last capture, from JavaFX's own bookkeeping:
 * a node whose look, geometry, visibility or children change gets dirty bits and goes once
 * into its scene's private list of dirty nodes, which the pulse empties when it hands the
 * scene to the renderer, after the post-layout pulse listeners. So a post-layout listener
 * ({@link #pulse}) sees every node that changed in that pulse, in O(changed nodes); a capture
 * ({@link #begin}) adds what was marked since the last pulse and then knows, for every node,
 * whether it changed itself or holds something that did ({@link Pending}). A node whose only
 * dirty bits say that its bounds were computed again (a container whose child changed: JavaFX
 * marks it even when the result is the same) is told apart, so the capture can check its box
 * instead of drawing it and placing all its children again.
 *
 * <p>The list is private: it is read through {@link VarHandle}s resolved once, which works
 * when JavaFX is on the class path (or its {@code javafx.scene} package is opened to us). On
 * the module path {@link #readable()} is false and every capture reads everything, as before.
 * A clip node has no parent; a changed clip makes its owner changed (JavaFX's private
 * {@code clipParent}). Changes without dirty bits (a privacy marker set from code, a tooltip,
 * a pane's focus) wait for the periodic resync, which reads everything.
 *
 * <p>A changed node the capture did not reach (inside an invisible or clipped-away parent)
 * stays pending until a capture reaches it or it leaves the scene, so a subtree that shows
 * again is never shown from before its change. FX thread only.
 */
final class FxChangeTracker {
    /** More changed nodes than this between two captures: read everything instead (bounded memory). */
    static final int MAX_PENDING = 20_000;

    private static final VarHandle DIRTY_NODES;
    private static final VarHandle DIRTY_SIZE;
    private static final VarHandle CLIP_PARENT;
    /** Node's private set of dirty bits (null where it is not a set: every dirty node counts as changed). */
    private static final VarHandle DIRTY_BITS;
    /** The dirty bits that only say "bounds computed again". */
    private static final Set<String> BOUNDS_BITS = Set.of("NODE_BOUNDS", "NODE_TRANSFORMED_BOUNDS");

    private static final MethodHandle CSS_PASS;
    private static final MethodHandle LAYOUT_PASS;

    static {
        VarHandle nodes = null, size = null, clipParent = null, bits = null;
        MethodHandle css = null, layout = null;
        try {
            MethodHandles.Lookup scene = MethodHandles.privateLookupIn(Scene.class, MethodHandles.lookup());
            nodes = scene.findVarHandle(Scene.class, "dirtyNodes", Node[].class);
            size = scene.findVarHandle(Scene.class, "dirtyNodesSize", int.class);
            clipParent = MethodHandles.privateLookupIn(Node.class, MethodHandles.lookup())
                    .findVarHandle(Node.class, "clipParent", Node.class);
            try {
                bits = MethodHandles.privateLookupIn(Node.class, MethodHandles.lookup())
                        .findVarHandle(Node.class, "dirtyBits", Set.class);
            } catch (ReflectiveOperationException | RuntimeException otherVersion) {
                bits = null;
            }
            css = scene.findVirtual(Scene.class, "doCSSPass", MethodType.methodType(void.class));
            layout = scene.findVirtual(Scene.class, "doLayoutPass", MethodType.methodType(void.class));
        } catch (Throwable closed) { // not a boundary: a probe of JavaFX's internals, whose failure is an answer
            // JavaFX on the module path without javafx.scene opened to us, or other internals:
            // no dirty information; every capture reads everything.
            nodes = size = clipParent = bits = null;
            css = layout = null;
        }
        DIRTY_NODES = nodes;
        DIRTY_SIZE = size;
        CLIP_PARENT = clipParent;
        DIRTY_BITS = bits;
        CSS_PASS = css;
        LAYOUT_PASS = layout;
    }

    /** What changed in one scene since its last capture; during a capture, also what holds a change. */
    static final class Pending {
        /** Nodes that changed themselves (look, geometry, visibility, children). */
        final Set<Node> changed = identitySet();
        /** Nodes whose bounds were computed again, perhaps to the same box, and nothing else. */
        final Set<Node> bounds = identitySet();
        /** Ancestors of changed nodes (computed at capture). */
        final Set<Node> inside = identitySet();
        /** Nodes read with their whole subtree this capture (leaves, blocked nodes): what is inside is reached too. */
        final Set<Node> whole = identitySet();
        /** Re-read at the next capture whatever JavaFX says (a canvas whose read was put off). */
        final Set<Node> carried = identitySet();
        /** Read everything: never captured, no dirty list yet, or too many changes. */
        boolean everything = true;

        boolean changed(Node n) {
            return changed.contains(n);
        }

        /** Whether only the node's bounds were computed again (its box may be what it was). */
        boolean boundsOnly(Node n) {
            return bounds.contains(n) && !changed.contains(n);
        }

        boolean inside(Node n) {
            return inside.contains(n);
        }

        /** The capture reached {@code n}: its change is recorded. */
        void reached(Node n) {
            changed.remove(n);
            bounds.remove(n);
        }

        /** The capture read {@code n} with everything inside it (a leaf's drawing, a blocked box). */
        void reachedWhole(Node n) {
            reached(n);
            whole.add(n);
        }

        /** Reads {@code n} again at the next capture (and makes the next pulse ask for one). */
        void carry(Node n) {
            carried.add(n);
        }
    }

    /** False without dirty information, or once reading it failed (then every capture reads all). */
    private boolean enabled;

    private final Map<Scene, Pending> scenes = new WeakHashMap<>();
    private boolean passesFailed;

    /** Dirty tracking where JavaFX lets us read it. */
    FxChangeTracker() {
        this(readable());
    }

    /** @param enabled false: no dirty information (every capture reads everything; the module-path case) */
    FxChangeTracker(boolean enabled) {
        this.enabled = enabled && readable();
    }

    /** Whether JavaFX's dirty lists can be read here (JavaFX on the class path, or opened). */
    static boolean readable() {
        return DIRTY_NODES != null && DIRTY_SIZE != null && CLIP_PARENT != null;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Post-layout, every pulse of {@code scene}: notes the nodes JavaFX is about to hand to the
     * renderer. Returns whether anything may have changed (always true without dirty tracking).
     */
    boolean pulse(Scene scene) {
        if (!enabled) return true;
        try {
            Pending p = scenes.computeIfAbsent(scene, s -> new Pending());
            boolean any = note(scene, p) | !p.carried.isEmpty();
            return any || p.everything;
        } catch (RuntimeException | LinkageError e) {
            giveUp(e);
            return true;
        }
    }

    /**
     * At a capture of {@code scene}: what changed since its last one, with the ancestors of
     * every change marked; null when everything must be read (no tracking). {@code flushLayout}:
     * first run the CSS and layout passes the next pulse would run (cheap when nothing is
     * pending), for a scene in which the capture may snapshot a canvas: a snapshot runs them and
     * hands the scene to the renderer outside the pulse, which would empty the dirty list unseen.
     */
    Pending begin(Scene scene, boolean flushLayout) {
        if (!enabled) return null;
        try {
            return changesOf(scene, flushLayout);
        } catch (RuntimeException | LinkageError e) {
            giveUp(e);
            return null;
        }
    }

    private Pending changesOf(Scene scene, boolean flushLayout) {
        Pending p = scenes.computeIfAbsent(scene, s -> new Pending());
        if (flushLayout) flush(scene, p);
        note(scene, p);
        if (!p.carried.isEmpty()) {
            p.changed.addAll(p.carried);
            p.carried.clear();
        }
        p.inside.clear();
        p.whole.clear();
        if (p.changed.size() + p.bounds.size() > MAX_PENDING) {
            p.changed.clear();
            p.bounds.clear();
            p.everything = true;
        }
        if (!p.everything) {
            for (Node n : p.changed.toArray(new Node[0])) markAncestors(n, p);
            for (Node n : p.bounds) markAncestors(n, p);
        }
        return p;
    }

    /**
     * After the capture of the scene: forget what left it and what was read inside a whole
     * subtree; what the capture did not reach stays pending.
     */
    void end(Scene scene, Pending p) {
        if (p == null || !enabled) return;
        try {
            p.everything = false;
            p.inside.clear();
            settle(scene, p, p.changed);
            settle(scene, p, p.bounds);
            p.whole.clear();
        } catch (RuntimeException | LinkageError e) {
            giveUp(e);
        }
    }

    private static void settle(Scene scene, Pending p, Set<Node> nodes) {
        for (Iterator<Node> it = nodes.iterator(); it.hasNext(); ) {
            Node n = it.next();
            if (n.getScene() != scene || (!p.whole.isEmpty() && insideWhole(n, p.whole))) it.remove();
        }
    }

    private static boolean insideWhole(Node n, Set<Node> whole) {
        for (Node at = up(n); at != null; at = up(at)) {
            if (whole.contains(at)) return true;
        }
        return false;
    }

    /** The node's parent, or the node whose clip it is. */
    private static Node up(Node n) {
        Parent parent = n.getParent();
        return parent != null ? parent : (Node) CLIP_PARENT.get(n);
    }

    /** The next capture of {@code scene} reads everything (a resync, a window shown again). */
    void everything(Scene scene) {
        if (!enabled) return;
        scenes.computeIfAbsent(scene, s -> new Pending()).everything = true;
    }

    /**
     * Forgets the scenes not shown any more (their pending nodes would keep them alive); one
     * shown again starts over with a capture that reads everything.
     */
    void retain(Set<Scene> showing) {
        scenes.keySet().retainAll(showing);
    }

    /** JavaFX's bookkeeping was not what we expected: every capture reads everything from now on. */
    private void giveUp(Throwable e) {
        enabled = false;
        scenes.clear();
        Log.warn("JavaFX's dirty nodes could not be read; every capture reads every node: " + e);
    }

    /** Copies the scene's dirty list (those still in the scene) into {@code p}; true if it held any. */
    private static boolean note(Scene scene, Pending p) {
        Node[] dirty = (Node[]) DIRTY_NODES.get(scene);
        if (dirty == null) { // JavaFX has not synchronised the scene once yet: it will do all of it
            p.everything = true;
            return true;
        }
        int size = Math.min((int) DIRTY_SIZE.get(scene), dirty.length);
        for (int i = 0; i < size; i++) {
            Node n = dirty[i];
            if (n != null && n.getScene() == scene) (boundsOnly(n) ? p.bounds : p.changed).add(n);
        }
        return size > 0;
    }

    /** Whether JavaFX marked only the node's bounds (read before the pulse clears the bits). */
    private static boolean boundsOnly(Node n) {
        if (DIRTY_BITS == null) return false;
        Object bits = DIRTY_BITS.get(n);
        if (!(bits instanceof Set) || ((Set<?>) bits).isEmpty()) return false;
        for (Object bit : (Set<?>) bits) {
            if (!(bit instanceof Enum) || !BOUNDS_BITS.contains(((Enum<?>) bit).name())) return false;
        }
        return true;
    }

    /**
     * Marks every ancestor of {@code n} as holding a change, up to the root or to one already
     * marked. A clip node's changes are its owner's: the owner changed itself.
     */
    private static void markAncestors(Node n, Pending p) {
        Node at = n;
        while (true) {
            Parent parent = at.getParent();
            if (parent == null) {
                Node owner = (Node) CLIP_PARENT.get(at);
                if (owner == null) return;
                p.changed.add(owner);
                at = owner;
                continue;
            }
            if (!p.inside.add(parent)) return;
            at = parent;
        }
    }

    private void flush(Scene scene, Pending p) {
        if (CSS_PASS == null || LAYOUT_PASS == null || passesFailed) {
            p.everything = true;
            return;
        }
        try {
            CSS_PASS.invoke(scene);
            LAYOUT_PASS.invoke(scene);
        } catch (Throwable t) { // not a boundary: the app's own layout failing makes this capture read everything
            passesFailed = true; // the app's layout code failed: JavaFX's own pulse will meet it too
            p.everything = true;
            Log.warn(
                    "JavaFX's CSS/layout pass failed before a capture; captures of scenes with canvases read everything: "
                            + t);
        }
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
