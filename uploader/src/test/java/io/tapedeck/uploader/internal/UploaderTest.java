package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.uploader.protocol.BatchId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploaderTest {
    static final String DEVICE = "dev-1";
    static final long SESSION = 1_700_000_000_000L;

    @TempDir
    Path spool;

    TestCollector collector;
    final List<String> logged = new CopyOnWriteArrayList<>();
    final List<Uploader> started = new ArrayList<>();

    @BeforeEach
    void startCollector() throws Exception {
        collector = new TestCollector();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Uploader u : started) {
            u.close(200);
            assertTrue(u.awaitTerminationForTest(5000), "uploader thread ends");
        }
        collector.close();
    }

    UploaderSettings.Builder settings() {
        return UploaderSettings.builder()
                .serverUrl(collector.url())
                .apiKey("secret")
                .spoolDir(spool)
                .flushIntervalMs(200)
                .maxBatchBytes(4096)
                .connectTimeoutMs(1000)
                .responseTimeoutMs(1000)
                .retryBackoffMs(50, 200)
                .log(logged::add);
    }

    Uploader start(UploaderSettings.Builder settings) {
        Uploader u = Uploader.start(settings.build(), DEVICE, SESSION);
        started.add(u);
        return u;
    }

    static List<String> lines(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "{\"type\":3,\"data\":{\"n\":" + i + ",\"pad\":\"" + "x".repeat(i % 97)
                        + "\"},\"timestamp\":" + i + "}")
                .collect(Collectors.toList());
    }

    static void offerAll(Uploader u, List<String> lines) {
        for (String line : lines) {
            assertTrue(u.offer(line.getBytes(StandardCharsets.UTF_8)), "offered " + line);
        }
    }

    static void await(String what, java.util.function.BooleanSupplier condition, long timeoutMs)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    static List<Path> batchFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(SpoolFile.SUFFIX))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyLineArrivesOnceAndInOrder() throws Exception {
        Uploader u = start(settings());
        List<String> sent = lines(0, 3000);
        offerAll(u, sent);
        assertTrue(u.flush(10_000), "flush delivered everything: " + u.counters() + " " + logged);
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        assertTrue(collector.batchIds(DEVICE, SESSION).size() > 10, "cut into many batches by size");
        assertEquals(0, u.counters().droppedLines());
        assertTrue(batchFiles(spool).isEmpty(), "spool emptied after 2xx");
        assertTrue(collector.requests.stream().allMatch(r -> r.dictionary() != null), "compressed with the dictionary");
    }

    @Test
    void aBatchIsCutByAgeWithoutAnyFlush() throws Exception {
        Uploader u = start(settings().maxBatchBytes(1 << 20));
        offerAll(u, lines(0, 5));
        await(
                "the 200 ms old batch arrives",
                () -> collector.lines(DEVICE, SESSION).size() == 5,
                5000);
    }

    @Test
    void retriesAfterServerErrorsWithoutDuplicates() throws Exception {
        collector.failNext(500, 3).failNext(TestCollector.CLOSE, 1).failNext(408, 1);
        Uploader u = start(settings());
        List<String> sent = lines(0, 500);
        offerAll(u, sent);
        assertTrue(u.flush(20_000));
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        assertTrue(
                logged.stream().filter(l -> l.startsWith("cannot upload")).count() == 1,
                "one line per failure streak: " + logged);
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        collector.retryAfter("1").failNext(429, 1);
        Uploader u = start(settings());
        offerAll(u, lines(0, 3));
        assertTrue(u.flush(10_000));
        List<TestCollector.Request> r = collector.requests;
        assertEquals(429, r.get(0).status());
        long waitedMs =
                TimeUnit.NANOSECONDS.toMillis(r.get(1).atNanos() - r.get(0).atNanos());
        assertTrue(waitedMs >= 950, "waited " + waitedMs + " ms after Retry-After: 1");
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        long now = 1_000_000_000_000L;
        String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(now + 3000).atZone(java.time.ZoneOffset.UTC));
        assertEquals(3000, Backoff.parseRetryAfterMs(date, now), 1000);
        assertEquals(2000, Backoff.parseRetryAfterMs("2", now));
        assertEquals(-1, Backoff.parseRetryAfterMs("soon", now));
    }

    @Test
    void backoffIsFullJitterUnderTheCap() {
        Backoff b = new Backoff(1000, 60_000);
        for (int i = 0; i < 50; i++) {
            long d = b.nextDelayMs(null, 0);
            assertTrue(d >= 0 && d <= Math.min(60_000, 1000L << Math.min(i, 30)), "delay " + d + " at failure " + i);
        }
    }

    @Test
    void unauthorizedStopsUploadingWithOneErrorAndKeepsTheSpool() throws Exception {
        collector.always(401);
        Uploader u = start(settings());
        offerAll(u, lines(0, 200));
        assertFalse(u.flush(3000));
        offerAll(u, lines(200, 200));
        assertFalse(u.flush(1000));
        assertTrue(u.apiKeyRefused());
        assertEquals(1, collector.requests.size(), "no request after the 401");
        assertEquals(1, logged.stream().filter(l -> l.contains("API key")).count(), logged.toString());
        assertFalse(batchFiles(spool).isEmpty(), "spool kept");
    }

    @Test
    void badRequestSetsTheBatchAsideAndGoesOn() throws Exception {
        collector.failNext(400, 1);
        Uploader u = start(settings());
        offerAll(u, lines(0, 300));
        assertTrue(u.flush(10_000));
        assertEquals(1, u.counters().rejectedBatches());
        assertEquals(1, batchFiles(spool.resolve(Spool.REJECTED)).size());
        assertEquals(
                300,
                collector.lines(DEVICE, SESSION).size()
                        + linesIn(batchFiles(spool.resolve(Spool.REJECTED)).get(0)));
    }

    static int linesIn(Path batchFile) throws Exception {
        SpoolFile.Contents c = SpoolFile.read(batchFile);
        byte[] raw = io.tapedeck.uploader.protocol.ZstdCodec.decompress(c.body, c.dictionaryId, c.rawLength);
        return (int) new String(raw, StandardCharsets.UTF_8)
                .chars()
                .filter(ch -> ch == '\n')
                .count();
    }

    @Test
    void aSessionRecordedAgainNumbersItsBatchesAfterTheEarlierRecordings() throws Exception {
        Uploader u = start(settings().firstSequence(1_000_000_000L));
        List<String> sent = lines(0, 5);
        offerAll(u, sent);
        assertTrue(u.flush(10_000));
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        List<BatchId> ids = collector.batchIds(DEVICE, SESSION);
        assertTrue(
                !ids.isEmpty() && ids.stream().allMatch(id -> id.compareTo(BatchId.of(1_000_000_000L)) >= 0),
                "numbered after the earlier recordings': " + ids);
    }

    @Test
    void tooLargeBatchIsSplitIntoHalvesAndEveryLineArrivesOnce() throws Exception {
        collector.maxRawBytes(1500);
        Uploader u = start(settings().maxBatchBytes(5000));
        List<String> sent = lines(0, 60);
        offerAll(u, sent);
        assertTrue(u.flush(10_000));
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        List<BatchId> ids = collector.batchIds(DEVICE, SESSION);
        assertTrue(ids.stream().anyMatch(id -> id.toString().startsWith("0.0")), "halves stored: " + ids);
        assertTrue(ids.stream().anyMatch(id -> id.toString().startsWith("0.1")), "halves stored: " + ids);
        assertTrue(ids.stream().noneMatch(id -> id.toString().equals("0")), "the whole was never stored");
        assertTrue(u.counters().splitBatches() > 0);
    }

    @Test
    void aSingleLineTooLargeToSplitIsRejected() throws Exception {
        collector.maxRawBytes(100);
        Uploader u = start(settings());
        offerAll(u, List.of("{\"big\":\"" + "y".repeat(500) + "\"}"));
        assertTrue(u.flush(10_000));
        assertEquals(1, u.counters().rejectedBatches());
        assertEquals(1, batchFiles(spool.resolve(Spool.REJECTED)).size());
    }

    @Test
    void hangingServerTimesOutAndTheBatchIsRetried() throws Exception {
        collector.failNext(TestCollector.HANG, 1);
        Uploader u = start(settings().responseTimeoutMs(500));
        List<String> sent = lines(0, 10);
        offerAll(u, sent);
        assertTrue(u.flush(10_000));
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        assertTrue(logged.stream().anyMatch(l -> l.contains("Timeout") || l.contains("timed out")), logged.toString());
    }

    @Test
    void linesAreSpooledWhileASendHangs() throws Exception {
        // The request must not hold up sealing and spooling: a kill during a slow send would
        // lose everything offered since it started (issue 12's flaky SIGKILL test).
        collector.always(TestCollector.HANG);
        Uploader u = start(settings().responseTimeoutMs(30_000));
        List<String> first = lines(0, 10);
        offerAll(u, first);
        assertFalse(u.flush(100));
        await(
                "the first batch's request hangs",
                () -> collector.requests.stream().anyMatch(r -> r.status() == TestCollector.HANG),
                10_000);
        List<String> offered = new ArrayList<>(first);
        offered.addAll(lines(10, 200));
        offerAll(u, offered.subList(10, offered.size()));
        assertFalse(u.flush(100));
        await(
                "every offered line is spooled while the request hangs",
                () -> {
                    try {
                        return SpooledLines.of(spool, DEVICE, SESSION).equals(offered);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                10_000);
    }

    @Test
    void closeIsBoundedWhenTheServerNeverAnswers() throws Exception {
        collector.always(TestCollector.HANG);
        Uploader u = start(settings().responseTimeoutMs(30_000));
        offerAll(u, lines(0, 100));
        Thread.sleep(300); // a request is now hanging
        long t0 = System.nanoTime();
        u.close(500);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(tookMs < 1200, "close(500) took " + tookMs + " ms");
        assertFalse(batchFiles(spool).isEmpty(), "unsent batches stay spooled");
    }

    @Test
    void flushIsBoundedWhenTheServerIsDown() throws Exception {
        collector.close();
        Uploader u = start(settings().serverUrl("http://127.0.0.1:1"));
        offerAll(u, lines(0, 10));
        long t0 = System.nanoTime();
        assertFalse(u.flush(300));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 1000);
        assertEquals(1, batchFiles(spool).size(), "the flushed batch is spooled");
    }

    @Test
    void spoolSurvivesAnAbandonedUploader() throws Exception {
        collector.always(503);
        Uploader first = start(settings());
        List<String> sent = lines(0, 1000);
        offerAll(first, sent);
        assertFalse(first.flush(500));
        first.abandonForTest();
        assertFalse(batchFiles(spool).isEmpty());

        collector.always(0);
        Uploader second = Uploader.start(settings().build(), DEVICE, SESSION + 1);
        started.add(second);
        assertTrue(second.flush(10_000));
        assertEquals(sent, collector.lines(DEVICE, SESSION), "the earlier run's batches arrive");
    }

    @Test
    void corruptSpoolFilesAreSetAsideAndTheRestIsSent() throws Exception {
        collector.always(503);
        Uploader first = start(settings());
        List<String> sent = lines(0, 400);
        offerAll(first, sent);
        first.flush(300);
        first.abandonForTest();
        List<Path> files = batchFiles(spool);
        assertTrue(files.size() >= 3);
        Path damaged = files.get(1);
        int damagedLines = linesIn(damaged);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length - 3] ^= 0x55;
        Files.write(damaged, bytes);
        Path truncated = files.get(2); // cut in the middle of its body, as a copy or a full disk might leave it
        int truncatedLines = linesIn(truncated);
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.write(spool.resolve("garbage.tdbatch"), new byte[] {1, 2, 3});
        Files.write(spool.resolve("0-0-dev-1.tdbatch"), new byte[] {'T', 'D', 'B', '1', 0});

        collector.always(0);
        Uploader second = Uploader.start(settings().build(), DEVICE, SESSION + 1);
        started.add(second);
        assertTrue(second.flush(10_000));
        assertEquals(3, second.counters().corruptBatches(), "checksum mismatch, truncation, short header: " + logged);
        assertEquals(4, batchFiles(spool.resolve(Spool.CORRUPT)).size(), "and the unparsable name");
        assertEquals(
                4,
                logged.stream().filter(l -> l.contains("set aside in corrupt/")).count(),
                "one line each");
        List<String> expected = new ArrayList<>(sent);
        List<String> got = collector.lines(DEVICE, SESSION);
        assertEquals(sent.size() - damagedLines - truncatedLines, got.size());
        expected.retainAll(got);
        assertEquals(expected, got, "the rest arrives, in order");
    }

    @Test
    void aJournalThatCannotBeCreatedIsLoggedOnceAndNothingIsLost() throws Exception {
        // Something in the way of the first batch's journal (as a read-only or full disk would be).
        Files.createDirectories(spool.resolve(SESSION + "-0-" + DEVICE + OpenBatchJournal.SUFFIX));
        Uploader u = start(settings());
        List<String> sent = lines(0, 300);
        offerAll(u, sent);
        assertTrue(u.flush(10_000), logged::toString);
        assertEquals(sent, collector.lines(DEVICE, SESSION), "batched in memory and sealed as before");
        assertEquals(1, logged.size(), "one line: " + logged);
        assertTrue(logged.get(0).contains("cannot create the journal"), logged.get(0));
    }

    @Test
    void aSpoolDirectoryThatCannotBeCreatedIsOneReasonAtStart() throws Exception {
        Path file = Files.write(spool.resolve("a-file"), new byte[] {1});
        java.io.UncheckedIOException e = assertThrows(
                java.io.UncheckedIOException.class, () -> start(settings().spoolDir(file.resolve("spool"))));
        assertTrue(e.getMessage().startsWith("cannot use spool directory " + file.resolve("spool")), e.getMessage());
        assertEquals(List.of(), logged);
    }

    @Test
    void storageLimitDropsTheOldestAndTheNextUploadReportsIt() throws Exception {
        collector.always(503);
        Uploader u = start(settings().storageLimitBytes(1000).maxBatchBytes(2000));
        List<String> sent = lines(0, 400);
        offerAll(u, sent);
        assertFalse(u.flush(300));
        // A timed-out flush does not say that everything is sealed: wait until the last line is
        // spooled, so that no batch is dropped after the count below is taken.
        await(
                "the last line is spooled",
                () -> {
                    try {
                        List<String> spooled = SpooledLines.of(spool, DEVICE, SESSION);
                        return !spooled.isEmpty()
                                && spooled.get(spooled.size() - 1).equals(sent.get(sent.size() - 1));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                10_000);
        assertTrue(u.counters().droppedBatches() > 0);
        long dropped = u.counters().droppedBatches();
        assertTrue(logged.stream().anyMatch(l -> l.contains("dropped the")), logged.toString());

        collector.always(0);
        assertTrue(u.flush(10_000));
        List<String> got = collector.lines(DEVICE, SESSION);
        assertEquals(sent.subList(sent.size() - got.size(), sent.size()), got, "the newest batches survive");
        TestCollector.Request firstStored = collector.requests.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow();
        assertEquals(Long.toString(dropped), firstStored.droppedBatches());
        assertTrue(
                collector.requests.stream()
                        .filter(r -> r.status() == 201)
                        .skip(1)
                        .allMatch(r -> r.droppedBatches() == null),
                "reported once");
    }

    @Test
    void nonLoopbackHttpIsRefusedUnlessAllowed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> start(settings().serverUrl("http://collector.example.com:8787")));
        assertTrue(e.getMessage().contains("http://"), e.getMessage());
        start(settings().serverUrl("http://collector.example.com:8787").allowInsecureHttp(true))
                .close(100);
        start(settings().serverUrl("https://collector.example.com")).close(100);
        start(settings().serverUrl("http://localhost:9")).close(100);
        start(settings().serverUrl("http://[::1]:9")).close(100);
        assertThrows(IllegalArgumentException.class, () -> start(settings().serverUrl("ftp://127.0.0.1/")));
    }

    @Test
    void linesHoldingALineBreakAreDroppedAndCounted() {
        Uploader u = start(settings());
        assertFalse(u.offer("{\"a\":1}\n{\"b\":2}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(u.offer(new byte[0]));
        assertTrue(u.offer("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, u.counters().droppedLines());
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        collector.always(TestCollector.HANG);
        Uploader u = start(settings().maxBatchBytes(1024).maxQueuedBytes(1024).responseTimeoutMs(30_000));
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            if (u.offer(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))) {
                accepted++;
            }
        }
        assertTrue(u.counters().droppedLines() > 0);
        assertEquals(5000, accepted + u.counters().droppedLines());
    }

    @Test
    void threadsAreNamedDaemons() throws Exception {
        Uploader u = start(settings());
        offerAll(u, lines(0, 3));
        assertTrue(u.flush(10_000)); // a request was sent, so the send thread exists
        for (String name : List.of("tapedeck-uploader", "tapedeck-uploader-send")) {
            Thread t = Thread.getAllStackTraces().keySet().stream()
                    .filter(th -> th.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no thread " + name));
            assertTrue(t.isDaemon(), name);
        }
    }
}
