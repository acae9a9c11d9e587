package io.tapedeck.agent.internal;

import static io.tapedeck.agent.internal.AgentBoundaries.AGENT;
import static io.tapedeck.agent.internal.AgentBoundaries.API;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.TapedeckConfigException;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.safety.TapedeckThreads;
import io.tapedeck.core.internal.session.SessionIdentity;
import java.util.Map;
import java.util.Optional;

/**
 * The one recording of this JVM, shared by the agent and the public {@code Tapedeck} API.
 *
 * <p>Start and stop are serialised by a lock; every read is a single volatile read, so
 * {@code isRecording()} and friends never wait behind a start or a flush. Nothing here waits on
 * the UI thread, with or without the lock held.
 *
 * <p>Every method the public API calls runs through the {@link AgentBoundaries#API API boundary}:
 * a failure of ours is one log line, never an exception in the app (a query then answers as if
 * nothing records).
 *
 * <p>Who wins: the app. An explicit start replaces whatever runs; an explicit start or stop also
 * tells the agent to keep out, so a window loading later does not undo the app's decision.
 */
public final class RecordingControl {
    /** Upper bound for {@code flush()} and for the flush at JVM exit. */
    public static final long FLUSH_TIMEOUT_MS = 2000;

    private static final Object LOCK = new Object();
    private static volatile ActiveRecording current;
    /** Guarded by LOCK. */
    private static boolean appTookControl;
    /** Guarded by LOCK: the app called stop() (and has not started since). */
    private static boolean appStopped;
    /** Guarded by LOCK. */
    private static boolean shutdownHookRegistered;
    /** Guarded by LOCK: the analytics session the replay follows ({@link #useSession}); null: its own. */
    private static SessionIdentity followed;
    /** The configuration of the last start (app or agent), for the opt-out's data directory. */
    private static volatile TapedeckConfig lastConfig;

    private RecordingControl() {}

    /**
     * For {@code Tapedeck.start(config)}: stops a running recording, then starts a new one with
     * {@code config}. A destination that cannot be used is logged (one line) and leaves nothing
     * recording; it is not thrown.
     */
    public static void startForApp(TapedeckConfig config) {
        API.run("Tapedeck.start", () -> {
            synchronized (LOCK) {
                appTookControl = true;
                appStopped = false;
                closeCurrentLocked();
                if (config.enabled()) openLocked(config);
            }
        });
    }

    /** For the agent: starts unless a recording runs or the app has started or stopped one. */
    static void startForAgent(TapedeckConfig config) {
        synchronized (LOCK) {
            if (appTookControl || current != null) return;
            openLocked(config);
        }
    }

    /**
     * For {@code Tapedeck.useSession}: from now on the replay is recorded under this device and
     * session id. A recording under other ids is flushed and closed, and one under these ids
     * starts with the same settings (sampled and opted out as any start is). Without a running
     * recording the ids wait for the next start (the agent's or the app's), unless the app
     * stopped recording itself. The same ids again change nothing.
     */
    public static void useSession(String deviceId, long sessionId) {
        API.run("Tapedeck.useSession", () -> followSession(deviceId, sessionId));
    }

    private static void followSession(String deviceId, long sessionId) {
        ActiveRecording ended;
        synchronized (LOCK) {
            SessionIdentity wanted = SessionIdentity.of(deviceId, sessionId);
            boolean changed = followed == null
                    || followed.sessionId() != sessionId
                    || !followed.deviceId().equals(deviceId);
            followed = wanted;
            ActiveRecording r = current;
            if (r != null && r.records(deviceId, sessionId)) return;
            if (r == null && (!changed || appStopped || lastConfig == null)) return; // waits for a start
            TapedeckConfig config = lastConfig;
            // The caller may be a UI thread (an analytics event logged from a listener): the new
            // session opens at once with the settings already known (no network), and the old
            // one flushes and closes on a thread of its own.
            ended = current;
            current = null;
            if (config.enabled()) openLocked(config, ActiveRecording.lastFetchedRemote());
        }
        if (ended != null) closeInBackground(ended);
    }

    private static void closeInBackground(ActiveRecording ended) {
        try {
            TapedeckThreads.daemon("tapedeck-session-end", ended::close).start();
        } catch (Throwable t) { // not a boundary: a thread that cannot start means closing here, on the caller's
            ended.close();
        }
    }

    /** For {@code Tapedeck.event}: an app event on the timeline of the running recording. */
    public static void event(String name, Map<String, ?> properties) {
        API.run("Tapedeck.event", () -> {
            ActiveRecording r = live();
            if (r != null) r.event(name, properties);
        });
    }

    /** For the agent: the app started its second toolkit; the running recording records it too. */
    static void toolkitArrived() {
        synchronized (LOCK) {
            ActiveRecording r = current;
            if (r != null) r.addArrivedToolkits();
        }
    }

    /**
     * For {@code Tapedeck.setOptOut}. Opting out stops writing at once (before the lock), then
     * discards the running recording, keeps the opt-out in {@code <dataDir>/opt-out} and deletes
     * the unsent batches of the app's spool. Reverting deletes that file; nothing restarts by
     * itself: the next start records.
     */
    public static void setOptOut(boolean optOut) {
        API.run("Tapedeck.setOptOut", () -> decideOptOut(optOut));
    }

    private static void decideOptOut(boolean optOut) {
        OptOut.decide(optOut);
        synchronized (LOCK) {
            ActiveRecording r = current;
            TapedeckConfig config = r != null ? r.config() : knownConfig();
            if (!optOut) {
                if (config != null && OptOut.revert(config)) {
                    Log.info("opt-out reverted (" + OptOut.file(config) + " deleted); the next start records"
                            + (config.optOut() ? ", unless tapedeck.optOut=true is still set" : ""));
                }
                return;
            }
            current = null;
            if (r != null) r.discard();
            if (config == null) {
                Log.warn("opted out for this process only: the configuration could not be read, so the opt-out file"
                        + " cannot be written");
                return;
            }
            OptOut.persist(config);
            OptOut.deleteUnsent(config);
            if (r != null && config.mode().uploads()) deleteUnsentAgainSoon(config);
            Log.info("opted out: recording stopped, unsent data deleted; kept in " + OptOut.file(config));
        }
    }

    /** For {@code Tapedeck.isOptedOut()}. */
    public static boolean isOptedOut() {
        return API.call(
                "Tapedeck.isOptedOut",
                () -> {
                    if (OptOut.stopsWrites()) return true;
                    TapedeckConfig config = knownConfig();
                    return config != null && OptOut.inForce(config);
                },
                false);
    }

    /** The last start's configuration, else the JVM's ({@code TapedeckConfig.load()}), else null. */
    private static TapedeckConfig knownConfig() {
        if (lastConfig != null) return lastConfig;
        lastConfig = AGENT.call(
                "reading the configuration for the opt-out",
                () -> {
                    try {
                        return TapedeckConfig.load();
                    } catch (TapedeckConfigException e) {
                        Log.warn("opt-out: the configuration is invalid (" + e.getMessage() + ")");
                        return null;
                    }
                },
                null);
        return lastConfig;
    }

    /**
     * The uploader, stopped without waiting, may still be sealing the lines it had queued into
     * the spool when the first deletion runs; one more pass a second later removes those.
     */
    private static void deleteUnsentAgainSoon(TapedeckConfig config) {
        // A failure is logged; the next start while opted out deletes them too.
        Thread again = TapedeckThreads.daemon(
                "tapedeck-opt-out", AGENT.wrap("deleting unsent batches after the opt-out", () -> {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (OptOut.stopsWrites()) OptOut.deleteUnsent(config);
                }));
        again.start();
    }

    /** For {@code Tapedeck.stop()}: stops and flushes (bounded); no-op when nothing records. */
    public static void stop() {
        API.run("Tapedeck.stop", () -> {
            synchronized (LOCK) {
                appTookControl = true;
                appStopped = true;
                followed = null; // a later start is the app's own session again, unless an integration says otherwise
                closeCurrentLocked();
            }
        });
    }

    /** Writes (and uploads) what was captured so far, waiting at most {@link #FLUSH_TIMEOUT_MS}. */
    public static void flush() {
        API.run("Tapedeck.flush", () -> {
            ActiveRecording r = current;
            if (r != null) r.flush(FLUSH_TIMEOUT_MS);
        });
    }

    public static boolean isRecording() {
        return API.call("Tapedeck.isRecording", () -> live() != null, false);
    }

    public static Optional<String> replayId() {
        return API.call(
                "Tapedeck.replayId",
                () -> {
                    ActiveRecording r = live();
                    return r == null ? Optional.<String>empty() : Optional.of(r.replayId());
                },
                Optional.empty());
    }

    /** Unmodifiable; empty while not recording. */
    public static Map<String, String> sessionReplayProperties() {
        return API.call(
                "Tapedeck.sessionReplayProperties",
                () -> {
                    ActiveRecording r = live();
                    return r == null ? Map.<String, String>of() : r.sessionReplayProperties();
                },
                Map.of());
    }

    /**
     * The collector's settings for this API key, read when the recording started
     * ({@code tapedeck.enableRemoteConfig}); {@link RemoteConfig#NONE} otherwise.
     */
    static RemoteConfig remoteConfig() {
        ActiveRecording r = live();
        return r == null ? RemoteConfig.NONE : r.remoteConfig();
    }

    /** The current recording unless core has stopped it after an internal error. */
    private static ActiveRecording live() {
        ActiveRecording r = current;
        return r != null && r.isActive() ? r : null;
    }

    /** For the shutdown hook: the recording to flush, without taking the lock. */
    static ActiveRecording current() {
        return current;
    }

    private static void openLocked(TapedeckConfig config) {
        openLocked(config, null);
    }

    /** @param knownRemote the remote configuration to apply without asking again; null: ask (when enabled) */
    private static void openLocked(TapedeckConfig config, RemoteConfig knownRemote) {
        Log.setDebugEnabled(config.debug());
        lastConfig = config;
        try {
            if (OptOut.inForce(config)) {
                Log.debug("opted out ("
                        + (config.optOut()
                                ? "tapedeck.optOut=true"
                                : OptOut.file(config).toString()) + "): recording nothing");
                OptOut.deleteUnsent(config); // what an earlier run could not send, or wrote after an opt-out
                return;
            }
            current = ActiveRecording.open(config, followed, knownRemote);
            if (current == null) return; // not sampled
        } catch (IllegalStateException e) {
            // Core's one-line reason already names the destination and what is wrong with it.
            Log.error(e.getMessage() + " (capture disabled)");
            return;
        } catch (Throwable t) { // through the agent's boundary, which logs it; here, only: nothing records
            AGENT.fail("starting the recording (capture disabled)", t);
            return;
        }
        Log.debug("recording " + current.replayId() + " to " + config.serverUrl());
        registerShutdownHookLocked();
    }

    private static void closeCurrentLocked() {
        ActiveRecording r = current;
        if (r == null) return;
        current = null;
        r.close();
    }

    private static void registerShutdownHookLocked() {
        if (shutdownHookRegistered) return;
        shutdownHookRegistered = true;
        AGENT.run("registering the flush at exit", () -> {
            try {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                AGENT.wrap("the flush at exit", new ShutdownFlush()), ShutdownFlush.THREAD_NAME));
            } catch (IllegalStateException alreadyShuttingDown) {
                // The JVM is exiting anyway; nothing left to register for.
            }
        });
    }
}
