package io.tapedeck.core.internal.destination;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.session.SessionIdentity;

/**
 * Opens where a session's events go. Core opens {@code file:} destinations itself; the agent
 * passes an opener that also knows the network uploader (core never depends on it).
 */
public interface DestinationOpener {
    /**
     * @throws IllegalStateException one line naming the key, the value and what went wrong
     */
    Destination open(TapedeckConfig config, SessionIdentity session);
}
