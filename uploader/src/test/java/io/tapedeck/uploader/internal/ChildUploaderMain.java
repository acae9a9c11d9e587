package io.tapedeck.uploader.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Runs an uploader in a child JVM for {@link ChildProcessTest}: "spool-forever" offers lines
 * until the process is killed (printing "SPOOLED n" once the spool holds the first 1001), "send"
 * sends a few hundred lines and closes, "steady" offers a numbered, timestamped line every
 * {@link #STEADY_PERIOD_MS} with the agent's default batching until the process is killed
 * (printing "WRITING" after the first).
 */
public final class ChildUploaderMain {
    static final long STEADY_PERIOD_MS = 5;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("steady")) {
            steady(args);
            return;
        }
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

    /**
     * Lines of about 300 bytes at a steady rate (the default 5 s flush interval then cuts
     * batches of about 60 KiB), each carrying the wall-clock time it was offered at. A line late
     * because the JVM was descheduled is offered at once, and the pace resumes from there.
     */
    private static void steady(String[] args) throws Exception {
        UploaderSettings settings = UploaderSettings.builder()
                .serverUrl(args[2])
                .apiKey("secret")
                .spoolDir(Paths.get(args[1]))
                .build();
        Uploader uploader = Uploader.start(settings, args[3], Long.parseLong(args[4]));
        long next = System.nanoTime();
        for (int i = 0; ; i++) {
            uploader.offer(steadyLine(i, System.currentTimeMillis()));
            if (i == 0) {
                System.out.println("WRITING");
                System.out.flush();
            }
            next += TimeUnit.MILLISECONDS.toNanos(STEADY_PERIOD_MS);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    static byte[] steadyLine(int n, long offeredAtMillis) {
        return ("{\"type\":3,\"data\":{\"source\":1,\"n\":" + n + ",\"offeredAt\":" + offeredAtMillis + ",\"pad\":\""
                        + "p".repeat(200 + n % 50) + "\"},\"timestamp\":" + offeredAtMillis + "}")
                .getBytes(StandardCharsets.UTF_8);
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
