package io.tapedeck.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyNamesTest {
    @ParameterizedTest
    @CsvSource({
        "enabled,ENABLED",
        "serverUrl,SERVER_URL",
        "maxCapturesPerSecond,MAX_CAPTURES_PER_SECOND",
        "uiThreadBudgetMsPerSecond,UI_THREAD_BUDGET_MS_PER_SECOND",
        "dataDir,DATA_DIR"
    })
    void camelCaseBecomesUpperSnake(String camel, String snake) {
        assertEquals(snake, KeyNames.camelToUpperSnake(camel));
    }

    @ParameterizedTest
    @CsvSource({
        "tapedeck.maxCapturesPerSec, maxCapturesPerSecond",
        "maxcapturespersecond, maxCapturesPerSecond",
        "TAPEDECK_MAX_CAPTURE_PER_SECOND, maxCapturesPerSecond",
        "tapedeck.enable, enabled",
        "tapedeck.dbug, debug",
        "tapedeck.resync, resyncIntervalSeconds",
        "keyframeInterval, keyframeIntervalSeconds",
        "tapedeck.serverUri, serverUrl",
        "tapedeck.device_id, deviceId",
    })
    void nearestFindsTheIntendedKey(String typo, String intended) {
        assertEquals(
                Optional.of(intended), KeyNames.nearest(typo, ConfigKeys.ALL).map(ConfigKey::name));
    }

    @Test
    void nothingNearGivesNoSuggestion() {
        assertEquals(Optional.empty(), KeyNames.nearest("tapedeck.banana", ConfigKeys.ALL));
        assertEquals(Optional.empty(), KeyNames.nearest("tapedeck.", ConfigKeys.ALL));
        assertEquals(Optional.empty(), KeyNames.nearest("TAPEDECK_TEST_JAVA", ConfigKeys.ALL));
    }

    @Test
    void editDistanceCountsSingleEdits() {
        assertEquals(0, KeyNames.editDistance("debug", "debug"));
        assertEquals(1, KeyNames.editDistance("dbug", "debug"));
        assertEquals(3, KeyNames.editDistance("kitten", "sitting"));
    }
}
