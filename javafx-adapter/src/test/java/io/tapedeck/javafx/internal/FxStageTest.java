package io.tapedeck.javafx.internal;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test on the real (headless, Monocle) JavaFX toolkit that shows at most one stage at a time:
 * the toolkit is started once, and the stage a test showed is closed after it.
 */
abstract class FxStageTest {
    /** The stage the test shows, or null. */
    Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestKit.startToolkit();
    }

    @AfterEach
    void closeStage() throws Exception {
        FxTestKit.fxRun(() -> {
            if (stage != null) stage.close();
        });
    }
}
