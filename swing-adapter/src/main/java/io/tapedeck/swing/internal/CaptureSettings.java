package io.tapedeck.swing.internal;

import io.tapedeck.TapedeckConfig;

/** The part of the configuration the Swing adapter uses, already validated by the config. */
final class CaptureSettings {
    final int maxCapturesPerSecond;
    final int uiThreadBudgetMsPerSecond;
    final int resyncIntervalSeconds;

    CaptureSettings(int maxCapturesPerSecond, int uiThreadBudgetMsPerSecond, int resyncIntervalSeconds) {
        this.maxCapturesPerSecond = Math.max(1, maxCapturesPerSecond);
        this.uiThreadBudgetMsPerSecond = Math.max(1, uiThreadBudgetMsPerSecond);
        this.resyncIntervalSeconds = Math.max(1, resyncIntervalSeconds);
    }

    static CaptureSettings from(TapedeckConfig config) {
        return new CaptureSettings(config.maxCapturesPerSecond(), config.uiThreadBudgetMsPerSecond(),
                config.resyncIntervalSeconds());
    }

    long captureIntervalMillis() { return Math.max(1, 1000L / maxCapturesPerSecond); }

    long budgetNanosPerSecond() { return uiThreadBudgetMsPerSecond * 1_000_000L; }
}
