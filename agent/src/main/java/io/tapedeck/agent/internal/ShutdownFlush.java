package io.tapedeck.agent.internal;

import io.tapedeck.core.internal.safety.TapedeckThreads;

/**
 * The JVM shutdown hook: closes the running recording so its last events reach the
 * destination, but never holds the exit up for more than {@link RecordingControl#FLUSH_TIMEOUT_MS}.
 *
 * <p>The closing runs on its own daemon thread and the hook only waits for it with a timeout: a
 * destination that hangs (a stuck disk, later a network) must not turn into an app that cannot
 * exit. It takes no lock, for the same reason.
 */
final class ShutdownFlush implements Runnable {
    static final String THREAD_NAME = "tapedeck-shutdown";

    @Override
    public void run() {
        ActiveRecording recording = RecordingControl.current();
        if (recording == null) return;
        Thread closer = TapedeckThreads.daemon(THREAD_NAME + "-close", new Closer(recording));
        closer.start();
        try {
            closer.join(RecordingControl.FLUSH_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Closer implements Runnable {
        private final ActiveRecording recording;

        Closer(ActiveRecording recording) {
            this.recording = recording;
        }

        @Override
        public void run() {
            recording.close();
        }
    }
}
