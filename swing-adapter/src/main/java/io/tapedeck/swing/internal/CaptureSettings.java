package io.tapedeck.swing.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;

/** The part of the configuration the Swing adapter uses, already validated by the config. */
final class CaptureSettings {
    final int maxCapturesPerSecond;
    final int uiThreadBudgetMsPerSecond;
    final int resyncIntervalSeconds;
    /** Asked on the EDT whether a component is blocked, before anything of it is read. */
    final PrivacyPolicy privacy;
    /** Record each component's own painting (else only its properties). */
    final boolean recordPainting;

    CaptureSettings(int maxCapturesPerSecond, int uiThreadBudgetMsPerSecond, int resyncIntervalSeconds) {
        this(maxCapturesPerSecond, uiThreadBudgetMsPerSecond, resyncIntervalSeconds, PrivacyPolicy.defaults());
    }

    CaptureSettings(
            int maxCapturesPerSecond, int uiThreadBudgetMsPerSecond, int resyncIntervalSeconds, PrivacyPolicy privacy) {
        this(maxCapturesPerSecond, uiThreadBudgetMsPerSecond, resyncIntervalSeconds, privacy, false);
    }

    CaptureSettings(
            int maxCapturesPerSecond,
            int uiThreadBudgetMsPerSecond,
            int resyncIntervalSeconds,
            PrivacyPolicy privacy,
            boolean recordPainting) {
        this.privacy = privacy;
        this.recordPainting = recordPainting;
        this.maxCapturesPerSecond = Math.max(1, maxCapturesPerSecond);
        this.uiThreadBudgetMsPerSecond = Math.max(1, uiThreadBudgetMsPerSecond);
        this.resyncIntervalSeconds = Math.max(1, resyncIntervalSeconds);
    }

    static CaptureSettings from(TapedeckConfig config) {
        return new CaptureSettings(
                config.maxCapturesPerSecond(),
                config.uiThreadBudgetMsPerSecond(),
                (int) config.resyncInterval().toSeconds(),
                PrivacyPolicy.from(config),
                config.recordPainting());
    }

    long captureIntervalMillis() {
        return Math.max(1, 1000L / maxCapturesPerSecond);
    }

    long budgetNanosPerSecond() {
        return uiThreadBudgetMsPerSecond * 1_000_000L;
    }
}
