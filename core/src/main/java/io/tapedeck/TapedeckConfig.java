package io.tapedeck;

import java.nio.file.Path;
import java.util.Optional;

/**
 * STUB — the config helper replaces this file. Settings of a recording, validated.
 * Getter names and the builder shape are the contract other modules compile against.
 */
public final class TapedeckConfig {
    private TapedeckConfig() {}

    /** Reads system properties, environment, and the file named by tapedeck.config. */
    public static TapedeckConfig load() { throw new UnsupportedOperationException("stub"); }

    public static Builder builder() { return new Builder(); }

    public boolean enabled() { return true; }
    /** Where sessions go; for now {@code file:///DIR}. */
    public String serverUrl() { return "file:///tmp/tapedeck"; }
    public Optional<String> deviceId() { return Optional.empty(); }
    /** Per-user directory for the device id and local state. */
    public Path dataDir() { return Path.of(System.getProperty("user.home"), ".tapedeck"); }
    public int keyframeIntervalSeconds() { return 300; }
    public int maxCapturesPerSecond() { return 10; }
    public int uiThreadBudgetMsPerSecond() { return 20; }
    public int resyncIntervalSeconds() { return 5; }
    public boolean debug() { return false; }

    public static final class Builder {
        /** Sets {@code key} (with or without the {@code tapedeck.} prefix). */
        public Builder set(String key, String value) { return this; }
        /** Values from code rank below system properties and environment, above the file. */
        public TapedeckConfig build() { return new TapedeckConfig(); }
    }
}
