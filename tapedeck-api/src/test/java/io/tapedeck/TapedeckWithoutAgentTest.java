package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tapedeck.core.internal.log.Log;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * tapedeck-api alone, as an app ships it without the agent (this module's test class path has no
 * agent): every call is a no-op that answers as when not recording, and never throws into the app.
 */
class TapedeckWithoutAgentTest {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void captureLog() {
        Log.swapSinkForTests(lines::add);
    }

    @AfterEach
    void restoreLog() {
        Log.swapSinkForTests(null);
    }

    @Test
    void everyCallIsANoOpWithTheValuesOfNoRecording() {
        assertDoesNotThrow(() -> {
            Tapedeck.event("Checkout", Map.of("items", 3));
            Tapedeck.event("Opened", null);
            Tapedeck.useSession("device-1", 1_700_000_000_000L);
            Tapedeck.mask(new Object());
            Tapedeck.unmask(new Object());
            Tapedeck.block(new Object());
            Tapedeck.setOptOut(true);
            Tapedeck.flush();
            Tapedeck.stop();
        });
        assertFalse(Tapedeck.isRecording());
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
        assertFalse(Tapedeck.isOptedOut(), "nothing keeps an opt-out without the agent");
    }

    /** The only test here that starts: the line is written once per JVM. */
    @Test
    void startSaysOnceWhatIsMissingAndReadsNoSettings() {
        TapedeckConfig config = TapedeckConfig.builder().build();
        String before = System.setProperty("tapedeck.maxCapturesPerSecond", "many");
        try {
            assertDoesNotThrow(() -> Tapedeck.start(), "an invalid setting is not read: nothing would use it");
            Tapedeck.start();
            Tapedeck.start(config);
        } finally {
            if (before == null) System.clearProperty("tapedeck.maxCapturesPerSecond");
            else System.setProperty("tapedeck.maxCapturesPerSecond", before);
        }
        assertEquals(
                List.of("[tapedeck] ERROR Tapedeck.start: nothing is recorded: the Tapedeck agent is not on the class"
                        + " path. Add the dependency io.tapedeck:tapedeck-agent (same version as tapedeck-api) or run"
                        + " with -javaagent:tapedeck-agent.jar"),
                lines);
        assertFalse(Tapedeck.isRecording());
    }

    @Test
    void argumentsAreStillCheckedAsDocumented() {
        assertThrows(NullPointerException.class, () -> Tapedeck.start(null));
        assertThrows(NullPointerException.class, () -> Tapedeck.event(null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Tapedeck.event("  ", Map.of()));
        assertThrows(NullPointerException.class, () -> Tapedeck.useSession(null, 1));
        assertThrows(IllegalArgumentException.class, () -> Tapedeck.useSession("my laptop", 1));
        assertThrows(IllegalArgumentException.class, () -> Tapedeck.useSession("device-1", 0));
        assertThrows(NullPointerException.class, () -> Tapedeck.mask(null));
        assertThrows(NullPointerException.class, () -> Tapedeck.unmask(null));
        assertThrows(NullPointerException.class, () -> Tapedeck.block(null));
    }
}
