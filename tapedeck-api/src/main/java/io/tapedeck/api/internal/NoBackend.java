package io.tapedeck.api.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The API without the agent: nothing is recorded and nothing throws. Queries answer as when not
 * recording. Only {@link #start} says so, in one error line per JVM that names the fix, since an
 * app that starts recording from code expects a recording.
 */
final class NoBackend implements TapedeckBackend {
    static final String START_WITHOUT_AGENT = "Tapedeck.start: nothing is recorded: the Tapedeck agent is not on the"
            + " class path. Add the dependency io.tapedeck:tapedeck-agent (same version as tapedeck-api) or run"
            + " with -javaagent:tapedeck-agent.jar";

    private static final AtomicBoolean startReported = new AtomicBoolean();

    @Override
    public void start(TapedeckConfig config) {
        reportStart();
    }

    /** The one line of a start without the agent, once per JVM. */
    static void reportStart() {
        if (startReported.compareAndSet(false, true)) Log.error(START_WITHOUT_AGENT);
    }

    @Override
    public void stop() {}

    @Override
    public void flush() {}

    @Override
    public boolean isRecording() {
        return false;
    }

    @Override
    public Optional<String> replayId() {
        return Optional.empty();
    }

    @Override
    public Map<String, String> sessionReplayProperties() {
        return Map.of();
    }

    @Override
    public void event(String name, Map<String, ?> properties) {}

    @Override
    public void useSession(String deviceId, long sessionId) {}

    @Override
    public void mask(Object component) {}

    @Override
    public void unmask(Object component) {}

    @Override
    public void block(Object component) {}

    @Override
    public void setOptOut(boolean optOut) {}

    @Override
    public boolean isOptedOut() {
        return false;
    }
}
