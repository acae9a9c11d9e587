package io.tapedeck.uploader.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Runs an uploader in a child JVM for {@link ChildProcessTest}: "spool-forever" offers lines
 * until the process is killed (printing "SPOOLED n" once the spool holds the first 1001), "send"
 * sends a few hundred lines and closes.
 */
public final class ChildUploaderMain {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        UploaderSettings settings = UploaderSettings.builder()
                .serverUrl(args[2])
                .apiKey("secret")
                .spoolDir(Paths.get(args[1]))
                .maxBatchBytes(2048)
                .flushIntervalMs(50)
                .connectTimeoutMs(500)
                .build();
        Uploader uploader = Uploader.start(settings, args[3], Long.parseLong(args[4]));
        if (mode.equals("send")) {
            for (int i = 0; i < 500; i++) {
                uploader.offer(line(i));
            }
            uploader.close(5000);
            System.out.println("SENT " + uploader.counters());
            return;
        }
        for (int i = 0; ; i++) {
            uploader.offer(line(i));
            if (i == 1000) {
                // The collector is unreachable, so flush never returns true: whether it spooled
                // the lines is told by the spool itself (a timed-out flush promises nothing).
                uploader.flush(200);
                System.out.println(awaitSpooled(Paths.get(args[1]), args[3], Long.parseLong(args[4]), i + 1));
                System.out.flush();
            }
            if (i % 20 == 0) {
                Thread.sleep(1);
            }
        }
    }

    /** "SPOOLED n" once the spool holds at least {@code count} lines of the session, "NOT SPOOLED n" after 10 s. */
    private static String awaitSpooled(Path spool, String deviceId, long sessionId, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int spooled;
        while ((spooled = SpooledLines.of(spool, deviceId, sessionId).size()) < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return (spooled < count ? "NOT SPOOLED " : "SPOOLED ") + spooled;
    }

    static byte[] line(int i) {
        return ("{\"type\":3,\"data\":{\"n\":" + i + "},\"timestamp\":" + i + "}").getBytes(StandardCharsets.UTF_8);
    }
}
