package io.tapedeck.swing.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.record.ReplayClock;
import io.tapedeck.core.internal.record.UiThreadBudget;
import io.tapedeck.core.internal.safety.ErrorBoundary;
import io.tapedeck.core.internal.safety.TapedeckThreads;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records a Swing application: follows its windows, marks what changes, and at most
 * {@code maxCapturesPerSecond} times a second copies the dirty parts into a new
 * {@link ViewNode} tree for the {@link CaptureSink}, all on the EDT, within a per-second
 * EDT time budget. Each visit to the EDT also stops reading after {@link #SLICE_NANOS}: what it
 * did not read keeps its previous node and its dirty marks, and the next visit is posted right
 * behind it (after the app's events queued meanwhile), so a storm of changes costs the app
 * several short visits instead of one long one; windows and subtrees just shown are read whole.
 * A daemon thread ({@code tapedeck-swing-capture}) only decides when to ask
 * the EDT for a capture; it never waits on the EDT, and nothing touches AWT before the app
 * has created its first window.
 */
public final class SwingRecorder {
    /**
     * How long one visit to the EDT reads before it leaves the rest to the next visit: half a
     * frame, so that a visit (the slice plus the one component being read when it ends) stays
     * within a 60 Hz frame and the app's own events queued meanwhile run in between.
     */
    static final long SLICE_NANOS = 8_000_000L;

    private final CaptureSettings settings;
    private final CaptureSink sink;
    /** Every callback Swing makes into us runs through it: the first failure is logged once and capture stops. */
    private final ErrorBoundary boundary;

    private final ComponentRegistry registry = new ComponentRegistry();
    private final SwingChangeTracker tracker;
    private final SwingSnapshotBuilder builder;
    /** Tells which components Swing repainted; null when painting is not recorded. */
    private final RepaintWatcher repaints;

    private final ScheduledThreadPoolExecutor scheduler;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** Set (before posting) once the attach task is posted to the EDT. */
    private volatile boolean attachPosted;

    private volatile boolean capturePending;
    private volatile boolean resyncDue;
    private final UiThreadBudget budget;
    private ViewNode lastSent; // EDT-confined
    /** {@link Markers#version()} at the last capture: a marker set since means reading everything again. */
    private volatile long markersSeen = Markers.version();

    private volatile int captures;
    private volatile int skippedForBudget;
    /** What the visits to the EDT cost (for tests and the debug log). */
    private final EdtVisits visits = new EdtVisits();

    private SwingRecorder(CaptureSettings settings, CaptureSink sink) {
        this.settings = settings;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.boundary = ErrorBoundary.disabling("Swing capture", this::stop);
        this.budget = new UiThreadBudget(settings.budgetNanosPerSecond());
        SwingWindowOrder order = new SwingWindowOrder();
        SwingInputRecorder input = new SwingInputRecorder(sink, registry);
        this.tracker = new SwingChangeTracker(registry, order, input, boundary);
        this.repaints = settings.recordPainting ? new RepaintWatcher(registry::requestCapture, boundary) : null;
        this.builder = new SwingSnapshotBuilder(
                registry,
                new SwingPropertyReader(),
                tracker,
                order,
                input,
                settings.privacy,
                settings.recordPainting ? new SwingDrawings() : null);
        builder.pauseCostlyReads(settings.budgetNanosPerSecond());
        this.scheduler = TapedeckThreads.scheduler("tapedeck-swing-capture");
    }

    /**
     * Starts following the app's windows and feeding {@code sink}. Safe to call from any thread;
     * does its EDT work with invokeLater, never blocks the caller on the EDT.
     */
    public static SwingRecorder start(TapedeckConfig config, CaptureSink sink) {
        SwingRecorder r = new SwingRecorder(CaptureSettings.from(config), sink);
        if (!config.enabled()) {
            r.stop();
            return r;
        }
        r.begin();
        return r;
    }

    /** For tests: start with explicit settings. */
    static SwingRecorder start(CaptureSettings settings, CaptureSink sink) {
        SwingRecorder r = new SwingRecorder(settings, sink);
        r.begin();
        return r;
    }

    /** For benchmarks and tests: listeners only, no scheduler; capture with {@link #captureNowOnEdt}. */
    static SwingRecorder startManual(CaptureSink sink) {
        return startManual(sink, io.tapedeck.core.internal.privacy.PrivacyPolicy.defaults());
    }

    /** Like {@link #startManual(CaptureSink)}, asking {@code privacy} which components are blocked. */
    static SwingRecorder startManual(CaptureSink sink, io.tapedeck.core.internal.privacy.PrivacyPolicy privacy) {
        return startManual(new CaptureSettings(1, 1000, 3600, privacy), sink);
    }

    /** Like {@link #startManual(CaptureSink)}, with explicit settings (the rates are not used). */
    static SwingRecorder startManual(CaptureSettings settings, CaptureSink sink) {
        SwingRecorder r = new SwingRecorder(settings, sink);
        r.attachPosted = true;
        EventQueue.invokeLater(r::attachOnEdt);
        return r;
    }

    private void begin() {
        scheduler.scheduleWithFixedDelay(
                this::tick, settings.captureIntervalMillis(), settings.captureIntervalMillis(), TimeUnit.MILLISECONDS);
        long resync = settings.resyncIntervalSeconds;
        scheduler.scheduleAtFixedRate(this::requestResync, resync, resync, TimeUnit.SECONDS);
    }

    /** Removes every listener and stops capturing. Idempotent, any thread. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        boundary.deactivate();
        if (visits.visits() > 0) {
            Log.debug("Swing capture on the EDT (ms): " + visits.summary() + " captures=" + captures
                    + " skippedForBudget=" + skippedForBudget);
        }
        scheduler.shutdownNow();
        // Never attached means nothing to remove, and no reason to wake AWT up.
        if (attachPosted) EventQueue.invokeLater(this::detachOnEdt);
    }

    private void attachOnEdt() {
        if (stopped.get()) return;
        boundary.run("start-up", () -> {
            Toolkit.getDefaultToolkit().addAWTEventListener(tracker, SwingChangeTracker.EVENT_MASK);
            if (repaints != null) repaints.install();
            registry.requestCapture();
        });
    }

    private void detachOnEdt() {
        try {
            Toolkit.getDefaultToolkit().removeAWTEventListener(tracker);
            if (repaints != null) repaints.uninstall();
            registry.forEach(tracker::unlisten);
        } catch (Throwable ignored) {
            // A boundary of its own: it runs after the capture's boundary is off, and listeners left behind are inert.
        }
    }

    /**
     * Scheduler thread: first wait until the app has created a window (so that we never
     * initialise AWT before the app does: it may still be setting toolkit properties), then
     * ask the EDT for one capture whenever something is dirty and none is pending.
     */
    private void tick() {
        boundary.run("the capture scheduler", this::askForCapture);
    }

    private void askForCapture() {
        if (!attachPosted) {
            if (Window.getWindows().length == 0) return;
            attachPosted = true;
            EventQueue.invokeLater(this::attachOnEdt);
            return;
        }
        if (capturePending) return;
        if (Markers.version() != markersSeen) resyncDue = true; // a marker may have changed what to read
        if (!registry.anyDirty() && !resyncDue) return;
        capturePending = true;
        EventQueue.invokeLater(this::captureOnEdt);
    }

    private void requestResync() {
        resyncDue = true;
    }

    private void captureOnEdt() {
        capturePending = false;
        boundary.run("a capture", this::capture);
    }

    private void capture() {
        long start = System.nanoTime();
        visits.begin();
        if (budget.spent(start) && !registry.windowsChanged()) {
            skippedForBudget++; // the dirty marks stay; a later capture takes them
            visits.record(start, System.nanoTime(), false, false);
            return;
        }
        boolean resync = resyncDue;
        resyncDue = false;
        markersSeen = Markers.version();
        registry.clearAnyDirty();
        takeRepaints();
        ViewNode root = builder.capture(resync, start + SLICE_NANOS);
        if (root != lastSent) {
            lastSent = root;
            sink.snapshot(root, ReplayClock.now());
        }
        captures++;
        long end = System.nanoTime();
        budget.charge(start, end);
        visits.record(start, end, builder.slicedOff(), builder.readShown());
        if (builder.waiting()) registry.requestCapture(); // a later tick takes them, once their pause is over
        if (builder.incomplete()) {
            registry.requestCapture(); // the marks left behind are taken by the next visit
            // Right behind this one, after whatever the app queued meanwhile; past the budget,
            // the scheduler asks again once the budget allows.
            if (!budget.spent(end) && !capturePending) {
                capturePending = true;
                EventQueue.invokeLater(this::captureOnEdt);
            }
        }
    }

    /** What Swing repainted since the last capture is recorded again (and an app's new manager wrapped). */
    private void takeRepaints() {
        if (repaints == null) return;
        if (repaints.displaced()) repaints.install();
        for (java.awt.Component c : repaints.drain()) registry.markDirty(c);
    }

    /** Captures taken so far (for tests and diagnostics). */
    int captures() {
        return captures;
    }

    /** Captures skipped because captures in the last second had spent the EDT budget. */
    int skippedForBudget() {
        return skippedForBudget;
    }

    /** What the visits to the EDT cost so far. */
    EdtVisits visits() {
        return visits;
    }

    /** False once stopped or disabled by an error. */
    boolean isCapturing() {
        return boundary.active();
    }

    /** For benchmarks and tests, on the EDT: one capture now, outside the schedule and budget. */
    ViewNode captureNowOnEdt(boolean resync) {
        registry.clearAnyDirty();
        takeRepaints();
        return builder.capture(resync);
    }
}
