package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open batch's journal on real files: what a dead process left is recovered up to its last whole line. */
class OpenBatchJournalTest {
    static final String DEVICE = "dev-j";
    static final long SESSION = 1_700_000_500_000L;

    @TempDir
    Path spool;

    TestCollector collector;
    final List<String> logged = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCollector() throws Exception {
        collector = new TestCollector();
    }

    @AfterEach
    void stopCollector() {
        collector.close();
    }

    /** A journal as a process killed after writing {@code lines} leaves it (written, not sealed, lock released). */
    Path leftoverJournal(long batch, List<String> lines) throws Exception {
        OpenBatchJournal journal =
                OpenBatchJournal.create(spool, new SpoolFile.Name(DEVICE, SESSION, BatchId.of(batch)));
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            journal.append(bytes, bytes.length);
        }
        journal.write(System.nanoTime());
        journal.close();
        return journal.file();
    }

    /** The next start: recovers and delivers what is left, then stops. */
    Counters nextStart() throws Exception {
        Uploader next = Uploader.start(
                UploaderSettings.builder()
                        .serverUrl(collector.url())
                        .apiKey("secret")
                        .spoolDir(spool)
                        .log(logged::add)
                        .build(),
                DEVICE,
                SESSION + 1);
        try {
            assertTrue(next.flush(10_000), "delivered: " + logged);
            return next.counters();
        } finally {
            next.close(1000);
            assertTrue(next.awaitTerminationForTest(5000));
        }
    }

    List<Path> journals() throws Exception {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(OpenBatchJournal.SUFFIX))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void aLeftoverJournalIsDeliveredAsTheBatchItWasNamedFor() throws Exception {
        List<String> lines = UploaderTest.lines(0, 50);
        leftoverJournal(7, lines);
        Counters counters = nextStart();
        assertEquals(lines, collector.lines(DEVICE, SESSION));
        assertEquals(List.of(BatchId.of(7)), collector.batchIds(DEVICE, SESSION), "under the id it was opened with");
        assertEquals(1, counters.recoveredBatches());
        assertEquals(0, counters.tornJournalTails());
        assertEquals(List.of(), journals(), "the journal is gone once its batch is spooled");
        assertEquals(List.of(), logged, "a whole journal is recovered silently");
    }

    @Test
    void aTornTailIsIgnoredAndCountedTheWholeLinesBeforeItArrive() throws Exception {
        List<String> lines = UploaderTest.lines(0, 20);
        Path journal = leftoverJournal(0, lines);
        try (FileChannel file = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            file.truncate(file.size() - 5); // a kill in the middle of writing the last line
        }
        Counters counters = nextStart();
        assertEquals(lines.subList(0, 19), collector.lines(DEVICE, SESSION));
        assertEquals(1, counters.tornJournalTails());
        assertEquals(1, logged.size(), "one line: " + logged);
        assertTrue(logged.get(0).contains("torn tail"), logged.get(0));
    }

    @Test
    void aDamagedLineEndsTheRecoveryThere() throws Exception {
        List<String> lines = List.of("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        Path journal = leftoverJournal(0, lines);
        byte[] bytes = Files.readAllBytes(journal);
        int third = indexOf(bytes, "{\"n\":2}".getBytes(StandardCharsets.UTF_8));
        bytes[third + 3] ^= 0x20; // a flipped bit inside the third line: its checksum fails
        Files.write(journal, bytes);
        Counters counters = nextStart();
        assertEquals(lines.subList(0, 2), collector.lines(DEVICE, SESSION), "nothing after a bad frame is trusted");
        assertEquals(1, counters.tornJournalTails());
    }

    @Test
    void aZeroFilledTailAfterAPowerCutIsIgnored() {
        byte[] whole = frames(List.of("{\"a\":1}", "{\"b\":2}"));
        byte[] withZeros = Arrays.copyOf(whole, whole.length + 4096);
        OpenBatchJournal.Recovered recovered = OpenBatchJournal.parse(withZeros);
        assertEquals(2, recovered.lines);
        assertEquals("{\"a\":1}\n{\"b\":2}\n", new String(recovered.raw, StandardCharsets.UTF_8));
        assertEquals(4096, recovered.tornBytes);
    }

    @Test
    void aJournalThatIsNotOneIsSetAsideNotDeleted() throws Exception {
        Files.write(spool.resolve(SESSION + "-0-" + DEVICE + OpenBatchJournal.SUFFIX), "not a journal".getBytes());
        Counters counters = nextStart();
        assertEquals(List.of(), collector.lines(DEVICE, SESSION));
        assertEquals(1, counters.tornJournalTails());
        assertTrue(
                Files.exists(spool.resolve(Spool.CORRUPT).resolve(SESSION + "-0-" + DEVICE + OpenBatchJournal.SUFFIX)));
    }

    @Test
    void aJournalSealedJustBeforeTheKillIsNotSentTwice() throws Exception {
        // The kill came between the batch's rename into the spool and the journal's deletion.
        List<String> lines = UploaderTest.lines(0, 10);
        byte[] raw = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        new Spool(spool, logged::add)
                .write(
                        new SpoolFile.Name(DEVICE, SESSION, BatchId.of(3)),
                        new SpoolFile.Contents(null, raw.length, ZstdCodec.compress(raw, 3, null)));
        leftoverJournal(3, lines);
        Counters counters = nextStart();
        assertEquals(lines, collector.lines(DEVICE, SESSION));
        assertEquals(1, collector.requests.size(), "one request: " + collector.requests);
        assertEquals(0, counters.recoveredBatches(), "the spooled batch was kept, the journal deleted");
        assertEquals(List.of(), journals());
    }

    @Test
    void theSameSessionRecordedAgainNumbersItsBatchesAfterARecoveredOne() throws Exception {
        List<String> left = UploaderTest.lines(0, 10);
        leftoverJournal(5, left);
        Uploader again = Uploader.start(
                UploaderSettings.builder()
                        .serverUrl(collector.url())
                        .apiKey("secret")
                        .spoolDir(spool)
                        .log(logged::add)
                        .build(),
                DEVICE,
                SESSION);
        try {
            List<String> more = UploaderTest.lines(10, 10);
            UploaderTest.offerAll(again, more);
            assertTrue(again.flush(10_000), logged::toString);
            List<String> all = new java.util.ArrayList<>(left);
            all.addAll(more);
            assertEquals(all, collector.lines(DEVICE, SESSION), "the recovered batch first, then the new lines");
            assertEquals(List.of(BatchId.of(5), BatchId.of(6)), collector.batchIds(DEVICE, SESSION));
        } finally {
            again.close(1000);
        }
    }

    @Test
    void aLiveJournalOfThisJvmIsNeverClaimed() throws Exception {
        OpenBatchJournal live = OpenBatchJournal.create(spool, new SpoolFile.Name(DEVICE, SESSION, BatchId.of(0)));
        try {
            assertNull(OpenBatchJournal.claim(live.file()));
        } finally {
            live.delete();
        }
        assertFalse(Files.exists(live.file()));
    }

    private static byte[] frames(List<String> lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {'T', 'D', 'J', '1'});
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            byte[] length = java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array();
            crc.update(length);
            crc.update(bytes);
            out.writeBytes(length);
            out.writeBytes(
                    java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
