package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.destination.DestinationOpener;
import io.tapedeck.core.internal.destination.Destinations;
import io.tapedeck.core.internal.session.SessionIdentity;

/**
 * Opens where one recording's events go: core's {@code file:} destination, or, for an
 * {@code http(s)://} server URL, the isolated uploader (and then, when enabled, reads the
 * remote configuration). Remembers what it opened so the recording can flush the uploads.
 * Used once, for one recording.
 */
final class AgentDestinationOpener implements DestinationOpener {
    private UploaderDestination uploads;
    private RemoteConfig remote = RemoteConfig.NONE;

    @Override
    public Destination open(TapedeckConfig config, SessionIdentity session) {
        if (!config.uploads()) return Destinations.open(config, session);
        IsolatedUploader uploader = IsolatedUploader.start(config, session.deviceId(), session.sessionId());
        uploads = new UploaderDestination(uploader, config.serverUrl());
        // After the uploader has accepted the URL (it refuses plain http:// to other hosts), so
        // the API key never goes where uploads would not.
        if (config.enableRemoteConfig()) remote = RemoteConfig.fetch(config);
        return uploads;
    }

    /** The upload destination, or null for a file destination (or before opening). */
    UploaderDestination uploads() {
        return uploads;
    }

    RemoteConfig remote() {
        return remote;
    }
}
