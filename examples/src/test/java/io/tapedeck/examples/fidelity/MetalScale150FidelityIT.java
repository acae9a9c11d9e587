package io.tapedeck.examples.fidelity;

import org.junit.jupiter.api.Test;

/** The fidelity check, look and feel {@code metal}, UI scale 1.5, gallery scenes. */
class MetalScale150FidelityIT {
    /**
     * Per window: SSIM, matching pixels, text recall; whole run: mean SSIM, all texts found.
     * Measured on the rendering of the day and set just below it: raise as the replay gets closer.
     */
    static final FidelityConfig.Thresholds THRESHOLDS = new FidelityConfig.Thresholds(0.18, 0.25, 0.5, 0.33, 0.95);

    @Test
    void theReplayLooksLikeTheApp() throws Exception {
        FidelityAssert.replayLooksLikeTheApp(new FidelityConfig("metal", 1.5, false, THRESHOLDS));
    }
}
