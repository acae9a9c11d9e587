package io.tapedeck.core.internal.destination;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.session.SessionIdentity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Opens the destination named by {@code tapedeck.serverUrl}, as far as core can. */
public final class Destinations {
    private Destinations() {}

    /** Core's own opener: {@code file:} URLs; network URLs need the agent's uploader. */
    public static Destination open(TapedeckConfig config, SessionIdentity session) {
        if (config.mode().uploads()) {
            throw new IllegalStateException("tapedeck.serverUrl=" + config.serverUrl()
                    + ": uploading to a collector needs the Tapedeck agent jar (its uploader is not loaded)");
        }
        return open(config.serverUrl(), session.sessionId());
    }

    /**
     * @throws IllegalStateException one line naming the key, the value and what went wrong
     */
    public static Destination open(String serverUrl, long sessionId) {
        URI uri;
        try {
            uri = URI.create(serverUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tapedeck.serverUrl=" + serverUrl + ": not a URL (" + e.getMessage() + ")");
        }
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalStateException("tapedeck.serverUrl=" + serverUrl
                    + ": only file: URLs are supported in this version, e.g. file:///var/tmp/tapedeck");
        }
        Path dir;
        try {
            dir = Paths.get(uri);
        } catch (RuntimeException e) {
            throw new IllegalStateException("tapedeck.serverUrl=" + serverUrl
                    + ": expected an absolute file URL such as file:///var/tmp/tapedeck (" + e.getMessage() + ")");
        }
        try {
            return new FileDestination(dir, sessionId);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "tapedeck.serverUrl=" + serverUrl + ": cannot write sessions to " + dir + " (" + describe(e) + ")");
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        return m == null ? type : type + ": " + m;
    }
}
