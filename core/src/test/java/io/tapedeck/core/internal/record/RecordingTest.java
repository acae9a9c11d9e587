package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingTest {
    @TempDir
    Path dir;

    private TapedeckConfig config(String serverUrl) {
        return TapedeckConfig.builder()
                .set("serverUrl", serverUrl)
                .set("dataDir", dir.resolve("state").toString())
                .build();
    }

    private static ViewNode desktop(String text) {
        ViewNode label = ViewNode.builder(3, ViewKind.LABEL)
                .bounds(0, 0, 100, 20)
                .text(text)
                .build();
        ViewNode window = ViewNode.builder(2, ViewKind.WINDOW)
                .bounds(0, 0, 200, 100)
                .child(label)
                .build();
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 200, 100)
                .child(window)
                .build();
    }

    @Test
    void writesEachSessionToItsOwnNdjsonFileInTheFileDestination() throws Exception {
        Path sessions = dir.resolve("sessions");
        try (Recording r = Recording.start(config(sessions.toUri().toString()))) {
            r.sink().snapshot(desktop("one"), System.currentTimeMillis());
            r.sink().mouseAction(MouseAction.CLICK, 3, 5, 5, System.currentTimeMillis());
            r.sink().snapshot(desktop("two"), System.currentTimeMillis());
            assertTrue(r.flush(2000));
            Path file = sessions.resolve(r.session().sessionId() + ".ndjson");
            List<String> lines = Files.readAllLines(file);
            Mirror m = Mirror.replay(lines);
            assertEquals("two", m.element(3).textContent());
            assertEquals(r.session().deviceId() + "/" + r.session().sessionId(), r.replayId());
        }
    }

    @Test
    void eventsReachTheFileWithinASecondWithoutAnExplicitFlush() throws Exception {
        Path sessions = dir.resolve("s2");
        try (Recording r = Recording.start(config(sessions.toUri().toString()))) {
            r.sink().snapshot(desktop("one"), System.currentTimeMillis());
            Path file = sessions.resolve(r.session().sessionId() + ".ndjson");
            long deadline = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < deadline && Files.size(file) == 0) Thread.sleep(50);
            assertEquals(2, Files.readAllLines(file).size());
        }
    }

    @Test
    void closeWritesWhatIsQueuedAndStopsAccepting() throws Exception {
        Path sessions = dir.resolve("s3");
        Recording r = Recording.start(config(sessions.toUri().toString()));
        r.sink().snapshot(desktop("one"), System.currentTimeMillis());
        r.close();
        r.sink().snapshot(desktop("two"), System.currentTimeMillis());
        r.close();
        List<String> lines = Files.readAllLines(sessions.resolve(r.session().sessionId() + ".ndjson"));
        assertEquals("one", Mirror.replay(lines).element(3).textContent());
        assertTrue(!r.isActive());
    }

    @Test
    void anUnwritableDestinationIsOneLineNamingKeyValueAndProblem() throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "not a directory");
        String url = blocker.resolve("sessions").toUri().toString();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Recording.start(config(url)));
        assertTrue(
                e.getMessage().startsWith("tapedeck.serverUrl=" + url + ": cannot write sessions to "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
