package io.tapedeck.javafx.internal;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.testing.RecordingSink;
import org.junit.jupiter.api.AfterEach;

/**
 * A test that records its stage: the test starts {@link #recorder} into {@link #sink}; it is
 * stopped before FxStageTest closes the stage (JUnit runs a subclass's @AfterEach first).
 */
abstract class FxRecordingTest extends FxStageTest {
    /** Every text as shown: these tests are about what is captured, not about masking. */
    static final PrivacyPolicy SHOW = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);

    final RecordingSink sink = new RecordingSink();
    FxRecorder recorder;

    @AfterEach
    void stopRecorder() {
        if (recorder != null) recorder.stop();
    }
}
