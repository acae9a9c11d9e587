package io.tapedeck.agent.internal;

import static io.tapedeck.agent.internal.AgentBoundaries.AGENT;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.record.Recording;
import io.tapedeck.core.internal.session.Sampling;
import io.tapedeck.core.internal.session.SessionIdentity;
import io.tapedeck.swing.internal.SwingRecorder;
import java.util.Map;

/**
 * One running recording as the agent sees it: core's {@link Recording} (session, recorder
 * thread, destination) plus the toolkit adapter feeding it, and, when it uploads, the uploader
 * behind the destination and the remote configuration read at start. Immutable apart from
 * being closed.
 */
final class ActiveRecording {
    /** The event property Amplitude's analytics SDK uses to link an event to its replay. */
    static final String SESSION_REPLAY_PROPERTY = "[Amplitude] Session Replay ID";

    private final Recording recording;
    /** The Swing adapter, when this records Swing/AWT windows. Guarded by this. */
    private SwingRecorder swing;
    /** Stops the JavaFX adapter, when this records JavaFX windows. Guarded by this. */
    private Runnable stopFx;
    /** Guarded by this. */
    private boolean closed;

    private final String replayId;
    private final Map<String, String> sessionReplayProperties;
    /** Null when the recording goes to a file. */
    private final UploaderDestination uploads;

    private final OptOutGate gate;
    private final RemoteConfig remote;
    /** The settings in effect: local ones with the remote configuration applied. */
    private final TapedeckConfig config;

    private ActiveRecording(
            Recording recording, AgentDestinationOpener opened, RemoteConfig remote, TapedeckConfig config) {
        this.recording = recording;
        this.uploads = opened.uploads();
        this.gate = opened.gate();
        this.remote = remote;
        this.config = config;
        this.replayId = recording.replayId();
        this.sessionReplayProperties = Map.of(SESSION_REPLAY_PROPERTY, replayId);
    }

    /**
     * Reads the remote configuration (when enabled), decides whether this session is sampled,
     * and if so opens the destination and starts following the app's windows (when this runtime
     * has AWT). An unsampled session returns null having written nothing: the decision comes
     * before the device id, the session file or the spool is touched.
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used, or
     *     the JavaFX adapter cannot reach the app's JavaFX
     */
    static ActiveRecording open(TapedeckConfig local) {
        return open(local, null, null);
    }

    /** The remote configuration read by the last start that asked for it (NONE when none did). */
    private static volatile RemoteConfig lastFetched = RemoteConfig.NONE;

    static RemoteConfig lastFetchedRemote() {
        return lastFetched;
    }

    /**
     * Like {@link #open(TapedeckConfig)} under {@code followed} (an analytics session the replay
     * follows: its device id and session id) when not null; sampling is decided from its session
     * id, so the same session is recorded or not wherever it is decided. With {@code known}
     * not null the remote configuration is not asked again (a session change on an app thread
     * must not wait for the network): {@code known} applies.
     */
    static ActiveRecording open(TapedeckConfig local, SessionIdentity followed, RemoteConfig known) {
        RemoteConfig remote = RemoteConfig.NONE;
        TapedeckConfig config = local;
        if (known != null) {
            remote = known;
            config = known.applyTo(local);
        } else if (local.mode().uploads() && local.enableRemoteConfig() && RemoteConfig.mayCarryKeyTo(local)) {
            remote = RemoteConfig.fetch(local);
            lastFetched = remote;
            config = remote.applyTo(local);
        }
        // The session id: epoch ms of its start, or the followed analytics session's.
        long sessionId = followed != null ? followed.sessionId() : System.currentTimeMillis();
        if (!Sampling.isSampled(sessionId, config.sampleRate())) {
            Log.debug("session " + sessionId + " is not sampled (tapedeck.sampleRate=" + config.sampleRate()
                    + "): recording nothing");
            return null;
        }
        // Before the session exists: a JavaFX the adapter cannot reach leaves no empty session behind.
        FxBridge fx = UiToolkit.javafx()
                ? FxBridge.load(UiToolkit.javafxLoader())
                : UiToolkit.swing()
                        ? null
                        : UiToolkit.javafxOfTheApp().map(FxBridge::load).orElse(null);
        AgentDestinationOpener opener = new AgentDestinationOpener();
        Recording recording = followed != null
                ? Recording.start(config, opener, followed)
                : Recording.start(config, opener, sessionId);
        try {
            ActiveRecording r = new ActiveRecording(recording, opener, remote, config);
            synchronized (r) {
                if (fx != null) r.stopFx = fx.start(config, recording.sink());
                // Swing when the app runs AWT, or, knowing neither (the API without the agent),
                // when this runtime has AWT; JavaFX likewise when the app can load it (each
                // adapter waits for its toolkit to run).
                if ((UiToolkit.swing() || !UiToolkit.javafx()) && AwtReadiness.windowClassAvailable()) {
                    r.swing = SwingRecorder.start(config, recording.sink());
                }
            }
            return r;
        } catch (RuntimeException | Error e) {
            closeQuietly(recording);
            throw e;
        }
    }

    /**
     * Starts the adapter of a toolkit the app started after this recording began (both then
     * share the recording's one desktop). A toolkit that cannot be recorded is one error line;
     * the other records on.
     */
    synchronized void addArrivedToolkits() {
        if (closed) return;
        if (stopFx == null && UiToolkit.javafx()) {
            stopFx = AGENT.call(
                    "starting the JavaFX recorder for the app's JavaFX windows",
                    () -> FxBridge.load(UiToolkit.javafxLoader()).start(config, recording.sink()),
                    null);
        }
        if (swing == null && UiToolkit.swing()) {
            swing = AGENT.call(
                    "starting the Swing recorder for the app's Swing windows",
                    () -> SwingRecorder.start(config, recording.sink()),
                    null);
        }
    }

    String replayId() {
        return replayId;
    }

    /** Whether this records the session {@code sessionId} of {@code deviceId}. */
    boolean records(String deviceId, long sessionId) {
        SessionIdentity s = recording.session();
        return s.sessionId() == sessionId && s.deviceId().equals(deviceId);
    }

    /** An app event on the replay's timeline. */
    void event(String name, Map<String, ?> properties) {
        recording.event(name, properties);
    }

    /** Unmodifiable. */
    Map<String, String> sessionReplayProperties() {
        return sessionReplayProperties;
    }

    /** False once closed, or once core stopped recording after an internal error. */
    boolean isActive() {
        return recording.isActive();
    }

    /** Settings the collector sent for this API key; {@link RemoteConfig#NONE} when not asked or not answered. */
    RemoteConfig remoteConfig() {
        return remote;
    }

    /**
     * Writes what was captured so far to the destination and, when uploading, waits until the
     * collector has it; all of it within {@code timeoutMs}.
     */
    void flush(long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        AGENT.run("flushing the recording", () -> {
            recording.flush(timeoutMs);
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (uploads != null && left > 0) uploads.flushUploads(left);
        });
    }

    /** The settings in effect (the local ones with the remote configuration applied). */
    TapedeckConfig config() {
        return config;
    }

    /**
     * For an opt-out: nothing more is written from now on; capture stops, the last events are
     * dropped instead of written, and the session file (of a {@code file:} destination) is
     * deleted. The caller deletes the spool.
     */
    void discard() {
        if (gate != null) gate.discard();
        close();
    }

    /** Stops capture first, so nothing arrives while the recording writes its last events. */
    void close() {
        Runnable fx;
        SwingRecorder swing;
        synchronized (this) {
            closed = true;
            fx = stopFx;
            swing = this.swing;
        }
        if (fx != null) AGENT.run("stopping the JavaFX recorder", fx);
        if (swing != null) AGENT.run("stopping the Swing recorder", swing::stop);
        closeQuietly(recording);
    }

    private static void closeQuietly(Recording recording) {
        AGENT.run("closing the recording", recording::close);
    }
}
