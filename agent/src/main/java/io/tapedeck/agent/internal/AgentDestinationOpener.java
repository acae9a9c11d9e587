package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.destination.DestinationOpener;
import io.tapedeck.core.internal.destination.Destinations;
import io.tapedeck.core.internal.destination.FileDestination;
import io.tapedeck.core.internal.session.SessionIdentity;
import java.nio.file.Path;

/**
 * Opens where one recording's events go: core's {@code file:} destination, or, for an
 * {@code http(s)://} server URL, the isolated uploader; either behind an {@link OptOutGate}.
 * Remembers what it opened so the recording can flush the uploads or discard everything.
 * Used once, for one recording.
 */
final class AgentDestinationOpener implements DestinationOpener {
    /**
     * Batch numbers reserved for each recording of a session: a session recorded again in this
     * process (an analytics session resumed after a pause) numbers its batches after the
     * earlier recordings', which the collector, de-duplicating by number, would otherwise drop.
     */
    static final long SEQUENCES_PER_RECORDING = 1_000_000_000L;
    /** How many times each session ("device/session") was opened for upload in this process. */
    private static final java.util.Map<String, Integer> OPENED = new java.util.concurrent.ConcurrentHashMap<>();

    private UploaderDestination uploads;
    private OptOutGate gate;

    @Override
    public Destination open(TapedeckConfig config, SessionIdentity session) {
        if (!config.mode().uploads()) {
            Destination file = Destinations.open(config, session);
            Path sessionFile = file instanceof FileDestination ? ((FileDestination) file).file() : null;
            gate = new OptOutGate(file, sessionFile, null);
            return gate;
        }
        int earlier = OPENED.merge(session.replayId(), 1, Integer::sum) - 1;
        IsolatedUploader uploader = IsolatedUploader.start(
                config, session.deviceId(), session.sessionId(), earlier * SEQUENCES_PER_RECORDING);
        uploads = new UploaderDestination(uploader, IsolatedUploader.describe(config));
        gate = new OptOutGate(uploads, null, uploads);
        return gate;
    }

    /** The upload destination, or null for a file destination (or before opening). */
    UploaderDestination uploads() {
        return uploads;
    }

    /** The gate in front of the destination (null before opening). */
    OptOutGate gate() {
        return gate;
    }
}
