package io.tapedeck.swing.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.view.CaptureSink;

/**
 * STUB — the Swing adapter owner replaces this. Entry point the agent calls (by reflection or
 * directly) once the app has loaded {@code java.awt.Window}.
 */
public final class SwingRecorder {
    private SwingRecorder() {}

    /**
     * Starts following the app's windows and feeding {@code sink}. Safe to call from any thread;
     * does its EDT work with invokeLater, never blocks the caller on the EDT.
     */
    public static SwingRecorder start(TapedeckConfig config, CaptureSink sink) { return new SwingRecorder(); }

    /** Removes every listener and stops capturing. Idempotent, any thread. */
    public void stop() {}
}
