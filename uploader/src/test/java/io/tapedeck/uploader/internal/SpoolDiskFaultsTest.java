package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spool on a real small disk: a 256 KiB tmpfs this test mounts (it needs the right to mount,
 * as root in a container; elsewhere it is skipped), filled up in the middle of a session, or
 * read-only from the start. The app's side never waits, a full disk is two log lines (it
 * starts, it ends), what cannot be written is dropped and counted (and reported to the
 * collector), everything else arrives once and in order.
 */
class SpoolDiskFaultsTest {
    static final String DEVICE = "dev-disk";
    static final long SESSION = 1_700_000_900_000L;
    private static final Pattern NUMBERED = Pattern.compile("\\{\"n\":(\\d+),.*");

    @TempDir
    Path dir;

    Path spool;
    TestCollector collector;
    Uploader uploader;
    final List<String> logged = new CopyOnWriteArrayList<>();
    final Random random = new Random(13);

    @BeforeEach
    void mountASmallDisk() throws Exception {
        spool = Files.createDirectories(dir.resolve("spool"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", spool.toString()), "cannot mount a tmpfs");
        collector = new TestCollector();
    }

    @AfterEach
    void unmount() throws Exception {
        if (uploader != null) {
            uploader.close(500);
            uploader.awaitTerminationForTest(5000);
        }
        if (collector != null) {
            collector.close();
            run("umount", spool.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    void start() {
        uploader = Uploader.start(
                UploaderSettings.builder()
                        .serverUrl(collector.url())
                        .apiKey("secret")
                        .spoolDir(spool)
                        .flushIntervalMs(100)
                        .maxBatchBytes(8192)
                        .retryBackoffMs(50, 200)
                        .log(logged::add)
                        .build(),
                DEVICE,
                SESSION);
    }

    /** About 1.4 KB that zstd cannot shrink much, numbered. */
    String line(int n) {
        byte[] noise = new byte[1024];
        random.nextBytes(noise);
        return "{\"n\":" + n + ",\"noise\":\"" + Base64.getEncoder().encodeToString(noise) + "\"}";
    }

    /** Offers lines {@code from..to-1}; returns the longest single offer in ms. */
    double offer(int from, int to) {
        long longest = 0;
        for (int n = from; n < to; n++) {
            byte[] line = line(n).getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            assertTrue(uploader.offer(line));
            longest = Math.max(longest, System.nanoTime() - t0);
        }
        return longest / 1e6;
    }

    /** Waits until everything is delivered and no journal waits for recovery. */
    void awaitAllDelivered() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!(uploader.flush(1000) && journals() == 0)) {
            assertTrue(System.nanoTime() < deadline, "delivered within 40 s: " + logged);
            uploader.rescanNowForTest(); // a kept journal is recovered at the next rescan; no need to wait 10 s
        }
    }

    long journals() throws Exception {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(OpenBatchJournal.SUFFIX))
                    .count();
        }
    }

    /** The delivered lines' numbers: strictly increasing (in order, none twice); returns how many of {@code total} are missing. */
    int missingOf(int total) {
        List<Integer> numbers = new ArrayList<>();
        for (String line : collector.lines(DEVICE, SESSION)) {
            Matcher m = NUMBERED.matcher(line);
            assertTrue(m.matches(), line);
            numbers.add(Integer.parseInt(m.group(1)));
        }
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), "in order, none twice: " + numbers);
        }
        return total - numbers.size();
    }

    @Test
    void aFullDiskDropsAndCountsWhatCannotBeWrittenAndRecoversWhenSpaceComesBack() throws Exception {
        collector.always(503); // batches pile up in the spool until the disk is full
        start();
        double longestOffer = offer(0, 400); // about 560 KB: twice the disk
        awaitSettled();
        assertTrue(uploader.counters().droppedBatches() > 0, "the disk filled up: " + uploader.counters() + logged);

        collector.always(0); // sending frees the disk
        awaitAllDelivered();
        longestOffer = Math.max(longestOffer, offer(400, 420));
        awaitAllDelivered();

        long dropped = uploader.counters().droppedBatches();
        int missing = missingOf(420);
        int linesPerBatch = 8192 / line(0).length();
        assertTrue(missing > 0 && missing <= dropped * linesPerBatch, missing + " lines lost, " + uploader.counters());
        List<String> delivered = collector.lines(DEVICE, SESSION);
        assertEquals(
                IntStream.range(400, 420).mapToObj(n -> "{\"n\":" + n + ",").collect(Collectors.toList()),
                delivered.subList(delivered.size() - 20, delivered.size()).stream()
                        .map(l -> l.substring(0, l.indexOf(',') + 1))
                        .collect(Collectors.toList()),
                "once there is room, every line arrives");
        long reported = collector.requests.stream()
                .filter(r -> r.status() == 201 && r.droppedBatches() != null)
                .mapToLong(r -> Long.parseLong(r.droppedBatches()))
                .sum();
        assertEquals(dropped, reported, "the collector is told how many batches were dropped");
        assertEquals(1, count("cannot write batch"), "one line when it starts: " + logged);
        assertEquals(1, count("the spool takes batches again"), "one when it ends: " + logged);
        long aboutTheDisk = logged.stream()
                .filter(l -> !l.startsWith("cannot upload to") && !l.startsWith("uploads resumed"))
                .count();
        assertTrue(aboutTheDisk <= 4, "and at most one each about the journal and its recovery: " + logged);
        assertTrue(longestOffer < 50, "offer never waits for the disk: longest " + longestOffer + " ms");
    }

    /** Waits until the uploader has sealed everything offered: its counts stop changing for half a second. */
    void awaitSettled() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String before = "";
        while (!before.equals(before = uploader.counters().toString())) {
            assertTrue(System.nanoTime() < deadline, "settles: " + before);
            Thread.sleep(500);
        }
    }

    @Test
    void aReadOnlySpoolDirectoryIsOneReasonAtStart() throws Exception {
        assertTrue(run("mount", "-o", "remount,ro", spool.toString()), "remount read-only");
        java.io.UncheckedIOException e =
                org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, this::start);
        assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        assertEquals(List.of(), logged);
    }

    private long count(String text) {
        return logged.stream().filter(l -> l.contains(text)).count();
    }
}
