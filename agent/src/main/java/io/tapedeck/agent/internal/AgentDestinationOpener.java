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
    private UploaderDestination uploads;
    private OptOutGate gate;

    @Override
    public Destination open(TapedeckConfig config, SessionIdentity session) {
        if (!config.uploads()) {
            Destination file = Destinations.open(config, session);
            Path sessionFile = file instanceof FileDestination ? ((FileDestination) file).file() : null;
            gate = new OptOutGate(file, sessionFile, null);
            return gate;
        }
        IsolatedUploader uploader = IsolatedUploader.start(config, session.deviceId(), session.sessionId());
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
