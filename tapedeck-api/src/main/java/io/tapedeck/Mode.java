package io.tapedeck;

/**
 * Where a recording's sessions go, as {@link TapedeckConfig#mode()} derives it from
 * {@code tapedeck.serverUrl} and {@code tapedeck.serverZone}: one answer instead of reading the
 * URL's scheme and the zone in every place that must know.
 */
public enum Mode {
    /** A {@code file:} URL: each session is written to {@code <dir>/<sessionId>.ndjson}; nothing is uploaded. */
    FILE,
    /** An {@code http://} or {@code https://} URL of a Tapedeck collector: sessions are uploaded there. */
    COLLECTOR,
    /**
     * {@code tapedeck.serverZone} is set: sessions are uploaded to Amplitude Session Replay in that
     * zone, through {@code tapedeck.serverUrl} when it names an {@code http(s)://} proxy.
     */
    AMPLITUDE;

    /** Whether sessions leave the machine (an upload, rather than files). */
    public boolean uploads() {
        return this != FILE;
    }
}
