package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopTest {
    @TempDir
    Path temp;

    @Test
    void anIdleKeepAliveConnectionDoesNotHoldUpStopping() throws Exception {
        CollectorFixture c = CollectorFixture.start(temp);
        try {
            // The client keeps its connection open afterwards, as an agent's uploader does.
            assertEquals(200, c.get("/api/sessions").statusCode());
            long answered = System.nanoTime();

            c.close();
            long stoppedMs = (System.nanoTime() - answered) / 1_000_000;

            // Jetty's own default closes it once it has been idle for 1 s: every test's collector paid that.
            assertTrue(
                    stoppedMs < 500,
                    "stopped " + stoppedMs + " ms after the last answer, with its connection left open");
        } finally {
            c.close();
        }
    }
}
