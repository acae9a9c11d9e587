package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class AwtReadinessTest {
    @Test
    void theWindowClassIsAvailableInAJdkWithJavaDesktop() {
        assertTrue(AwtReadiness.windowClassAvailable());
    }

    @Test
    void waitingForTheEventDispatchThreadEndsOnceTheAppRunsOne() throws Exception {
        SwingUtilities.invokeAndWait(() -> {});
        assertTrue(AwtReadiness.eventDispatchThreadRunning());
        assertTimeoutPreemptively(Duration.ofSeconds(2), AwtReadiness::awaitEventDispatchThread);
    }
}
