package io.tapedeck.core.internal.config;

import io.tapedeck.TapedeckConfig;

/**
 * What internal code needs of {@link TapedeckConfig} and the public API does not show: the
 * resolved values behind one, and a new one made from resolved values. Java has no "friend"
 * across packages, so {@code TapedeckConfig} hands over an implementation when its class is
 * initialised, and nothing public on it exposes its internals.
 */
public final class ConfigAccess {
    /** Implemented by {@code TapedeckConfig} only. */
    public interface Bridge {
        ResolvedConfig resolved(TapedeckConfig config);

        TapedeckConfig create(ResolvedConfig resolved);
    }

    private static volatile Bridge bridge;

    private ConfigAccess() {}

    /**
     * Called once, by {@code TapedeckConfig}'s static initialiser.
     *
     * @throws IllegalStateException when a bridge is already installed
     */
    public static synchronized void install(Bridge implementation) {
        if (bridge != null) throw new IllegalStateException("ConfigAccess is installed by TapedeckConfig only");
        bridge = implementation;
    }

    /** The values behind {@code config}, with where each came from. */
    public static ResolvedConfig resolved(TapedeckConfig config) {
        return bridge().resolved(config);
    }

    /** A configuration of exactly these values (no further loading or checks). */
    public static TapedeckConfig create(ResolvedConfig resolved) {
        return bridge().create(resolved);
    }

    private static Bridge bridge() {
        Bridge installed = bridge;
        if (installed != null) return installed;
        try {
            Class.forName(TapedeckConfig.class.getName(), true, TapedeckConfig.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return bridge;
    }
}
