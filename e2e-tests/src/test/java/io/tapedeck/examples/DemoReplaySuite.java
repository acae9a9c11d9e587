package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end tests of one demo app: it runs on autopilot under the real agent jar
 * ({@link DemoRun}), and the stock rrweb Replayer, replaying its session in headless Chromium
 * ({@link RrwebReplay}), must show what the app showed at the autopilot's checkpoints. Each
 * subclass records its app once ({@link #recordAndLoad} in its {@code @BeforeAll}).
 */
abstract class DemoReplaySuite {
    @TempDir
    static Path work;

    static DemoRun run;
    static Path session;
    static RrwebReplay replay;

    /** Records {@code app} on autopilot for {@code autopilotSeconds} and loads its session into the replayer. */
    static void recordAndLoad(String app, int autopilotSeconds) throws Exception {
        run = DemoRun.record(work, app, autopilotSeconds);
        assertEquals(0, run.exitCode, () -> "the demo failed:\n" + String.join("\n", run.output));
        session = run.session();
        replay = RrwebReplay.load(session);
    }

    @AfterAll
    static void closeReplay() {
        if (replay != null) {
            replay.close();
            replay = null;
        }
    }

    /** How long after a checkpoint the replay is inspected: how late a state may reach the recording. */
    abstract long settleMs();

    /** A late checkpoint the recording must outlast. */
    abstract String lateCheckpoint();

    void seekTo(String checkpoint) {
        replay.seek(run.checkpoint(checkpoint) + settleMs());
    }

    @Test
    void theWholeSessionReplaysWithoutErrors() {
        assertTrue(replay.firstTimestamp() <= run.checkpoint("signed-in"), "recording starts before sign-in");
        assertTrue(replay.lastTimestamp() > run.checkpoint(lateCheckpoint()), "recording lasts until the end");
        assertEquals(List.of(), run.replayErrors(replay, settleMs()));
    }
}
