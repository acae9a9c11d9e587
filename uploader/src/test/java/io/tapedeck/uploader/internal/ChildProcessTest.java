package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    static Process startChild(String mode, Path spool, String url, Path stderr) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ChildUploaderMain.class.getName(),
                mode,
                spool.toString(),
                url,
                DEVICE,
                Long.toString(SESSION));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    static List<String> expectedLines(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new String(ChildUploaderMain.line(i), StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }

    @Test
    void whatWasSpooledBeforeSigkillArrivesAfterTheNextStart() throws Exception {
        Path spool = dir.resolve("spool");
        Process child = startChild("spool-forever", spool, "http://127.0.0.1:1", dir.resolve("child.err"));
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(
                    line != null && line.startsWith("SPOOLED "),
                    line + "; child stderr: " + Files.readString(dir.resolve("child.err")));
            Thread.sleep(300); // the child keeps writing batches; kill it in the middle of that
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
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
            Path err = dir.resolve("child.err");
            Process child = startChild("send", dir.resolve("spool"), collector.url(), err);
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue(), out);
            assertTrue(out.startsWith("SENT "), out);
            assertEquals("", Files.readString(err), "no slf4j or other noise on stderr");
            assertEquals(expectedLines(500), collector.lines(DEVICE, SESSION));
        }
    }
}
