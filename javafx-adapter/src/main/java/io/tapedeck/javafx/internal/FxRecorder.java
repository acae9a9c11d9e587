package io.tapedeck.javafx.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.record.ReplayClock;
import io.tapedeck.core.internal.record.UiThreadBudget;
import io.tapedeck.core.internal.safety.ErrorBoundary;
import io.tapedeck.core.internal.safety.TapedeckThreads;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.ViewNode;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Records a JavaFX application: pointer and focus input as it happens ({@link FxInputRecorder}), and after every pulse that changed a node (a post-layout pulse
 * listener per scene notes which, {@link FxChangeTracker}), when a window moves, and at a safety
 * resync, at most {@code maxCapturesPerSecond} times a second, it reads what changed of the
 * windows' scene graphs into a view tree on the FX thread (everything at the resync), within a
 * per-second FX-thread budget (a window or popup shown or hidden is captured at the next tick even
 * past it), and hands it to the {@link CaptureSink}; rendering, diffing and
 * writing happen in core, off the FX thread. A daemon thread only decides when to ask the FX
 * thread; it never waits on it, and nothing touches JavaFX before the app has started it.
 * Every callback runs through one {@link ErrorBoundary}: the first failure is logged once and
 * recording stops; nothing is thrown into JavaFX.
 */
public final class FxRecorder {
    private final CaptureSink sink;
    private final FxSnapshotBuilder snapshots;
    private final FxInputRecorder input;
    private final long intervalMillis;
    private final long resyncMillis;
    private final UiThreadBudget budget;
    private final ScheduledThreadPoolExecutor scheduler;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ErrorBoundary boundary = ErrorBoundary.disabling("JavaFX capture", this::stop);
    private final Map<Scene, Runnable> listening = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * A window or popup shown or hidden. The list holds the showing windows: JavaFX adds a window
     * to it or removes it as the window's showing property changes (in that property's own
     * invalidation), so one listener on the list sees every Stage, ContextMenu, Tooltip, Popup or
     * ComboBox list shown or hidden, at the moment a listener on each showing property would.
     */
    private final ListChangeListener<Window> windowsShownOrHidden = change -> markWindowsChanged();
    /** A window moved, resized or got or lost the focus (no node need change for that). */
    private final InvalidationListener windowMoved = o -> dirty = true;

    private final Map<Window, Boolean> watchedWindows = new WeakHashMap<>(); // FX thread
    private final FxChangeTracker changes = new FxChangeTracker();
    private final Consumer<Scene> onPulse = this::notePulse;
    private boolean watchingWindows; // FX thread
    private volatile boolean dirty = true;
    /** A window or popup was shown or hidden since the last capture (FX thread). */
    private boolean windowsChanged;

    private volatile boolean pending;
    private volatile long lastResync = ReplayClock.now();
    /** {@link Markers#version()} at the last capture: a marker set since means reading everything again. */
    private volatile long markersSeen = Markers.version();

    private ViewNode lastSent; // FX thread
    private volatile int captures;
    private volatile int skippedForBudget;

    private FxRecorder(
            int maxCapturesPerSecond,
            int budgetMsPerSecond,
            int resyncSeconds,
            PrivacyPolicy privacy,
            boolean painting,
            CaptureSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.snapshots = new FxSnapshotBuilder(privacy, changes, painting);
        this.input = new FxInputRecorder(sink, snapshots::keyOf, boundary);
        this.intervalMillis = Math.max(1, 1000L / Math.max(1, maxCapturesPerSecond));
        this.resyncMillis = Math.max(1, resyncSeconds) * 1000L;
        this.budget = new UiThreadBudget(Math.max(1, budgetMsPerSecond) * 1_000_000L);
        this.scheduler = TapedeckThreads.scheduler("tapedeck-fx-capture");
    }

    /** Starts recording; safe from any thread, before or after the app started JavaFX. */
    public static FxRecorder start(TapedeckConfig config, CaptureSink sink) {
        FxRecorder r = new FxRecorder(
                config.maxCapturesPerSecond(),
                config.uiThreadBudgetMsPerSecond(),
                (int) config.resyncInterval().toSeconds(),
                PrivacyPolicy.from(config),
                config.recordPainting(),
                sink);
        if (config.enabled()) r.begin();
        return r;
    }

    /** For tests: explicit settings. */
    static FxRecorder start(int maxCapturesPerSecond, PrivacyPolicy privacy, CaptureSink sink) {
        return start(maxCapturesPerSecond, 1000, privacy, sink);
    }

    /** For tests: explicit settings, with the FX-thread budget. */
    static FxRecorder start(int maxCapturesPerSecond, int budgetMsPerSecond, PrivacyPolicy privacy, CaptureSink sink) {
        FxRecorder r = new FxRecorder(maxCapturesPerSecond, budgetMsPerSecond, 3600, privacy, true, sink);
        r.begin();
        return r;
    }

    private void begin() {
        scheduler.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops recording and removes every listener. Idempotent, any thread. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        boundary.deactivate();
        scheduler.shutdownNow();
        try {
            Platform.runLater(this::unlisten); // no input reaches us any more either
        } catch (IllegalStateException notRunning) {
            // The toolkit is gone: so are the scenes.
        }
    }

    /** Scheduler thread: ask the FX thread for a capture when something changed and none is pending. */
    private void tick() {
        boundary.run("the capture scheduler", this::askForCapture);
    }

    private void askForCapture() {
        if (pending) return;
        boolean resync = ReplayClock.now() - lastResync >= resyncMillis;
        // A marker set from code changes no node, so JavaFX marks nothing dirty for it.
        if (!dirty && !resync && Markers.version() == markersSeen) return;
        pending = true;
        try {
            Platform.runLater(this::captureOnFxThread);
        } catch (IllegalStateException notStartedYet) {
            pending = false; // the app has not started JavaFX (or has shut it down): try later
        }
    }

    private void captureOnFxThread() {
        pending = false;
        boundary.run("a capture", this::capture);
    }

    private void capture() {
        long start = System.nanoTime();
        if (budget.spent(start) && !windowsChanged) {
            skippedForBudget++; // the dirty mark stays: a later capture takes it
            return;
        }
        dirty = false;
        windowsChanged = false;
        boolean resync = ReplayClock.now() - lastResync >= resyncMillis;
        if (resync) lastResync = ReplayClock.now();
        long markers = Markers.version();
        boolean markersChanged = markers != markersSeen;
        markersSeen = markers;
        listenToScenes();
        ViewNode root = snapshots.capture(resync || markersChanged);
        if (root != lastSent) {
            lastSent = root;
            sink.snapshot(root, ReplayClock.now());
        }
        captures++;
        budget.charge(start, System.nanoTime());
    }

    /** Every showing scene tells us when it laid something out, and the window list when it changes. */
    private void listenToScenes() {
        if (!watchingWindows) {
            Window.getWindows().addListener(windowsShownOrHidden);
            watchingWindows = true;
        }
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (!watchedWindows.containsKey(w)) {
                w.xProperty().addListener(windowMoved);
                w.yProperty().addListener(windowMoved);
                w.widthProperty().addListener(windowMoved);
                w.heightProperty().addListener(windowMoved);
                w.focusedProperty().addListener(windowMoved);
                watchedWindows.put(w, Boolean.TRUE);
            }
            if (scene == null || listening.containsKey(scene)) continue;
            WeakReference<Scene> weakScene = new WeakReference<>(scene); // the map's value must not hold its key
            Runnable listener = () -> {
                Scene s = weakScene.get();
                if (s != null) pulsed(s);
            };
            scene.addPostLayoutPulseListener(listener);
            input.attach(scene);
            listening.put(scene, listener);
        }
    }

    /**
     * A window or popup was shown or hidden: the next capture runs even past the FX-thread
     * budget (and is charged to it). Held back for the budget's second it would show late, or,
     * shown for less, never.
     */
    private void markWindowsChanged() {
        windowsChanged = true;
        dirty = true;
    }

    /** Post-layout, every pulse of a watched scene: a capture is due if a node changed. */
    private void pulsed(Scene scene) {
        boundary.accept("a pulse listener", onPulse, scene);
    }

    private void notePulse(Scene scene) {
        long start = System.nanoTime();
        if (changes.pulse(scene)) dirty = true;
        budget.charge(start, System.nanoTime());
    }

    private void unlisten() {
        if (watchingWindows) Window.getWindows().removeListener(windowsShownOrHidden);
        watchingWindows = false;
        watchedWindows.forEach((w, yes) -> {
            w.xProperty().removeListener(windowMoved);
            w.yProperty().removeListener(windowMoved);
            w.widthProperty().removeListener(windowMoved);
            w.heightProperty().removeListener(windowMoved);
            w.focusedProperty().removeListener(windowMoved);
        });
        watchedWindows.clear();
        synchronized (listening) {
            listening.forEach((scene, listener) -> {
                scene.removePostLayoutPulseListener(listener);
                input.detach(scene);
            });
            listening.clear();
        }
    }

    /** Captures taken so far (tests, diagnostics). */
    int captures() {
        return captures;
    }

    /** Captures skipped because captures in the last second had spent the FX-thread budget. */
    int skippedForBudget() {
        return skippedForBudget;
    }

    /** False once stopped or disabled by an error. */
    boolean isCapturing() {
        return !stopped.get();
    }
}
