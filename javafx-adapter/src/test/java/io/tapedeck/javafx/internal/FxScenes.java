package io.tapedeck.javafx.internal;

import static io.tapedeck.testing.ViewTrees.all;
import static io.tapedeck.testing.ViewTrees.pathTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Test scaffolding for scene-graph captures on a real (headless, Monocle) toolkit: start
 * JavaFX once, run code on the FX thread, show a stage, take a capture the way the recorder
 * does (on the FX thread, after CSS and layout), and look at the view tree with absolute
 * (desktop) coordinates.
 */
final class FxScenes implements AutoCloseable {
    static final PrivacyPolicy SHOW = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);

    final FxSnapshotBuilder snapshots;
    /** What changed between captures, as the recorder tracks it; null: every capture reads all. */
    final FxChangeTracker changes;

    private final java.util.Set<Scene> tracked = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    Stage stage;

    FxScenes() {
        this(SHOW);
    }

    FxScenes(PrivacyPolicy privacy) {
        startToolkit();
        snapshots = new FxSnapshotBuilder(privacy);
        changes = null;
    }

    /** Captures that read what changed, told by a post-layout pulse listener per scene as the recorder's. */
    FxScenes(FxChangeTracker changes) {
        startToolkit();
        this.changes = changes;
        snapshots = new FxSnapshotBuilder(SHOW, changes);
    }

    static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Platform.setImplicitExit(false);
    }

    static void fx(Runnable r) {
        on(() -> {
            r.run();
            return null;
        });
    }

    static <T> T on(Supplier<T> s) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<T> result = new AtomicReference<>();
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                result.set(s.get());
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        try {
            assertTrue(done.await(10, TimeUnit.SECONDS), "the FX thread did not answer");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (failure[0] != null) throw new AssertionError(failure[0]);
        return result.get();
    }

    Stage show(Parent root, double w, double h) {
        stage = showStage(root, w, h);
        return stage;
    }

    /** A new stage "FX test" at 20, 30 showing {@code root} in a w×h scene. */
    static Stage showStage(Parent root, double w, double h) {
        return on(() -> {
            Stage s = new Stage();
            s.setTitle("FX test");
            s.setScene(new Scene(root, w, h));
            s.setX(20);
            s.setY(30);
            s.show();
            return s;
        });
    }

    /** A capture after CSS and layout of every showing window (and a pulse for animations to start). */
    ViewNode capture() {
        settle();
        return on(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() == null || w.getScene().getRoot() == null) continue;
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
                Scene scene = w.getScene();
                if (changes != null && tracked.add(scene)) scene.addPostLayoutPulseListener(() -> changes.pulse(scene));
            }
            return snapshots.capture();
        });
    }

    /**
     * A capture as the recorder takes one: after pulses ran, without CSS or layout of ours (the
     * scenes' changes are what JavaFX's pulses marked); {@code everything} as at the resync.
     */
    ViewNode captureAsRecorded(boolean everything) {
        settle();
        return on(() -> {
            for (Window w : Window.getWindows()) {
                Scene scene = w.getScene();
                if (scene != null && changes != null && tracked.add(scene)) {
                    scene.addPostLayoutPulseListener(() -> changes.pulse(scene));
                }
            }
            return snapshots.capture(everything);
        });
    }

    /** Lets a few pulses run (popups show and virtual flows lay out on pulses). */
    static void settle() {
        try {
            for (int i = 0; i < 3; i++) {
                fx(() -> {});
                Thread.sleep(40);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        fx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) w.hide();
        });
    }

    // ---- looking at a view tree ----

    // walk, all, pathTo: io.tapedeck.testing.ViewTrees, shared with the Swing adapter's tests.

    static List<ViewNode> ofKind(ViewNode root, ViewKind kind) {
        return all(root, n -> n.kind() == kind);
    }

    static List<String> texts(ViewNode root, ViewKind kind) {
        List<String> out = new ArrayList<>();
        for (ViewNode n : ofKind(root, kind)) out.add(n.text());
        return out;
    }

    static ViewNode withText(ViewNode root, String text) {
        List<ViewNode> found = all(root, n -> text.equals(n.text()));
        if (found.isEmpty()) throw new AssertionError("no node shows \"" + text + "\"");
        return found.get(0);
    }

    /** The node's box on the screen: x, y, width, height (the desktop's x, y is its screen position). */
    static int[] screenBox(ViewNode desktop, ViewNode target) {
        List<ViewNode> path = pathTo(desktop, target);
        int x = 0, y = 0;
        for (ViewNode n : path) {
            x += n.x();
            y += n.y();
        }
        return new int[] {x, y, target.width(), target.height()};
    }

    /**
     * What of the node shows in the replay, where every element clips its children to its box:
     * its box intersected with every ancestor's, in screen coordinates, or null if nothing.
     */
    static int[] shownBox(ViewNode desktop, ViewNode target) {
        List<ViewNode> path = pathTo(desktop, target);
        int x = 0, y = 0;
        int left = Integer.MIN_VALUE, top = Integer.MIN_VALUE, right = Integer.MAX_VALUE, bottom = Integer.MAX_VALUE;
        int scrollX = 0, scrollY = 0;
        for (ViewNode n : path) {
            x += n.x() - scrollX;
            y += n.y() - scrollY;
            if (n.kind() != ViewKind.DESKTOP) {
                left = Math.max(left, x);
                top = Math.max(top, y);
                right = Math.min(right, x + n.width());
                bottom = Math.min(bottom, y + n.height());
            }
            scrollX = n.kind() == ViewKind.SCROLL_VIEWPORT ? n.scrollX() : 0;
            scrollY = n.kind() == ViewKind.SCROLL_VIEWPORT ? n.scrollY() : 0;
        }
        return right > left && bottom > top ? new int[] {left, top, right - left, bottom - top} : null;
    }

    /** The replayed DOM of a capture, as core renders it. */
    static DomNode render(ViewNode desktop) {
        return new ViewRenderer().render(desktop, null).dom();
    }

    static List<DomNode> elements(DomNode root, Predicate<DomNode> p) {
        List<DomNode> out = new ArrayList<>();
        collect(root, p, out);
        return out;
    }

    private static void collect(DomNode n, Predicate<DomNode> p, List<DomNode> out) {
        if (p.test(n)) out.add(n);
        for (DomNode c : n.children()) collect(c, p, out);
    }
}
