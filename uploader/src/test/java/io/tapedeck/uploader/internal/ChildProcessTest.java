package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uploader in a real second JVM: SIGKILL mid-stream, and silence on stderr. */
class ChildProcessTest {
    static final String DEVICE = "child-dev";
    static final long SESSION = 1_700_000_123_000L;

    @TempDir
    Path dir;

    /** {@link ChildUploaderMain} in a JVM of its own, on the test's class path; its output files in {@code dir}. */
    ChildJvm.Running startChild(String mode, Path spool, String url) throws Exception {
        return ChildJvm.in(dir)
                .named("child")
                .classPath(System.getProperty("java.class.path"))
                .main(ChildUploaderMain.class, mode, spool.toString(), url, DEVICE, Long.toString(SESSION))
                .start();
    }

    static List<String> expectedLines(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new String(ChildUploaderMain.line(i), StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }

    @Test
    void whatWasSpooledBeforeSigkillArrivesAfterTheNextStart() throws Exception {
        Path spool = dir.resolve("spool");
        ChildJvm.Running child = startChild("spool-forever", spool, "http://127.0.0.1:1");
        child.awaitStdout(line -> line.startsWith("SPOOLED "), Duration.ofSeconds(30));
        Thread.sleep(300); // the child keeps writing batches; kill it in the middle of that
        assertEquals(137, child.kill().exitCode(), "killed by SIGKILL");
        // The promise is about what the spool holds at the kill, so that is what is compared: the
        // child wrote at least the 1001 lines it saw spooled, and maybe more before the kill.
        List<String> spooled = SpooledLines.of(spool, DEVICE, SESSION);
        assertTrue(spooled.size() >= 1001, "the spool still holds what the child saw spooled: " + spooled.size());
        assertEquals(expectedLines(spooled.size()), spooled, "the spool holds a gap-free prefix");

        try (TestCollector collector = new TestCollector()) {
            List<String> log = new ArrayList<>();
            Uploader next = Uploader.start(
                    UploaderSettings.builder()
                            .serverUrl(collector.url())
                            .apiKey("secret")
                            .spoolDir(spool)
                            .log(log::add)
                            .build(),
                    DEVICE,
                    SESSION + 1);
            try {
                assertTrue(next.flush(20_000), "everything spooled is delivered: " + log);
                assertEquals(spooled, collector.lines(DEVICE, SESSION), "every spooled line arrives, once, in order");
                assertEquals(0, next.counters().corruptBatches(), "a kill never leaves a partial batch: " + log);
            } finally {
                next.close(1000);
            }
        }
    }

    @Test
    void nothingIsPrintedInsideTheApp() throws Exception {
        try (TestCollector collector = new TestCollector()) {
            ChildJvm.Result child =
                    startChild("send", dir.resolve("spool"), collector.url()).awaitExit(Duration.ofSeconds(30));
            assertEquals(0, child.exitCode(), child::toString);
            assertTrue(child.stdout().get(0).startsWith("SENT "), child::toString);
            assertEquals(List.of(), child.stderr(), "no slf4j or other noise on stderr");
            assertEquals(expectedLines(500), collector.lines(DEVICE, SESSION));
        }
    }
}
