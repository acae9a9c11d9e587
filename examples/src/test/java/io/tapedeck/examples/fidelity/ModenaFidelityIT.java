package io.tapedeck.examples.fidelity;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fidelity check for JavaFX: the Modena gallery ({@link FxGalleryApp}) under Xvfb, UI scale 1. */
class ModenaFidelityIT {
    static final Set<String> SCENES = Set.of("controls", "combo-open", "date-picker-open", "menu-open", "context-menu",
        "tooltip", "data", "layout", "shapes", "alert");

    /**
     * Per window: SSIM, matching pixels, text recall; whole run: mean SSIM, all texts found.
     * Measured on the rendering of the day and set just below it: raise as the replay gets closer.
     */
    static final FidelityConfig.Thresholds THRESHOLDS = new FidelityConfig.Thresholds(0.90, 0.88, 0.90, 0.96, 0.97);

    @Test
    void theReplayLooksLikeTheApp() throws Exception {
        FidelityAssert.replayLooksLikeTheApp(FidelityConfig.javafx("modena", THRESHOLDS), SCENES);
    }
}
