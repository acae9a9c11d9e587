package io.tapedeck.examples.fidelity;

import org.junit.jupiter.api.Test;

/** The fidelity check, look and feel {@code flatlaf-light}, UI scale 1, gallery and CRM scenes. */
class FlatLafLightFidelityIT {
    /**
     * Per window: SSIM, matching pixels, text recall; whole run: mean SSIM, all texts found.
     * Measured on the rendering of the day and set just below it: raise as the replay gets closer.
     */
    static final FidelityConfig.Thresholds THRESHOLDS = new FidelityConfig.Thresholds(0.85, 0.90, 0.90, 0.96, 0.97);

    @Test
    void theReplayLooksLikeTheApp() throws Exception {
        FidelityAssert.replayLooksLikeTheApp(new FidelityConfig("flatlaf-light", 1, true, THRESHOLDS));
    }
}
