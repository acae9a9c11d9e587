package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The configuration in tapedeck-api alone: values are checked as everywhere, except the privacy
 * rules' grammar, which is the recorder's (core checks it; PrivacyConfigTest there).
 */
class ConfigWithoutRecorderTest {
    @Test
    void valuesAreCheckedWithoutTheRecorder() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TapedeckConfig.builder().sampleRate(2));
        assertEquals("sampleRate(2.0): tapedeck.sampleRate: expected a number from 0 to 1, e.g. 0.25", e.getMessage());
    }

    @Test
    void privacyRulesAreKeptAsWrittenWhenNoRecorderCanReadThem() {
        TapedeckConfig config =
                TapedeckConfig.builder().privacyRules("not a rule").build();
        assertEquals(Optional.of("not a rule"), config.privacyRules());
    }
}
