package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Sends the spool's oldest batch through the {@link Transport} (a collector or Amplitude) and
 * acts on the answer exactly as docs/protocol.md says:
 * 2xx delete; 400 set aside as rejected; 401/403 stop uploading (spool kept); 413 split into
 * halves; 408, 429, 5xx, network errors and anything unexpected: back off and retry.
 * Confined to the uploader thread.
 */
final class Delivery {
    private final Spool spool;
    private final Transport sender;
    private final Backoff backoff;
    private final Counters counters;
    private final Consumer<String> log;
    private final UploaderSettings settings;
    private final String spoolDescription;

    private long retryAtNanos;
    private volatile boolean keyRefused;
    private long droppedToReport;

    Delivery(UploaderSettings settings, Spool spool, Transport sender, Counters counters) {
        this.settings = settings;
        this.spool = spool;
        this.sender = sender;
        this.counters = counters;
        this.log = settings.log();
        this.backoff = new Backoff(settings.retryBaseMs(), settings.retryCapMs());
        this.spoolDescription = settings.spoolDir().toString();
        this.retryAtNanos = System.nanoTime();
    }

    /** Whether this process may send at all (owns the spool, key not refused). */
    boolean canSend() {
        return !keyRefused && spool.ownsLock();
    }

    boolean keyRefused() {
        return keyRefused;
    }

    /** Whether a batch waits and no backoff holds it back. */
    boolean ready(long nowNanos) {
        return canSend() && !spool.isEmpty() && nowNanos - retryAtNanos >= 0;
    }

    /** When the next attempt may happen, if one waits. */
    long retryAtNanos() {
        return retryAtNanos;
    }

    /** Batches dropped locally, to be reported with the next upload. */
    void reportDropped(int batches) {
        droppedToReport += batches;
    }

    /** Sends the oldest spooled batch once. */
    void sendOldest() {
        Spool.Entry entry = spool.oldest();
        if (entry == null) {
            return;
        }
        SpoolFile.Contents contents;
        try {
            contents = SpoolFile.read(entry.file);
        } catch (NoSuchFileException e) {
            spool.delete(entry); // dropped or sent by another process meanwhile
            return;
        } catch (IOException | SpoolFile.CorruptException e) {
            counters.corruptBatches.incrementAndGet();
            spool.setAside(entry, Spool.CORRUPT, e.getMessage());
            return;
        }
        long reporting = droppedToReport;
        SpoolFile.Name n = entry.name;
        Transport.Result result;
        try {
            result = sender.send(n, contents, reporting);
        } catch (SpoolFile.CorruptException e) {
            counters.corruptBatches.incrementAndGet();
            spool.setAside(entry, Spool.CORRUPT, e.getMessage());
            return;
        }
        int status = result.status;
        if (status >= 200 && status < 300) {
            spool.delete(entry);
            counters.sentBatches.incrementAndGet();
            droppedToReport -= reporting;
            if (backoff.failures() > 0) {
                log.accept("uploads resumed after " + backoff.failures() + " failed attempt(s)");
            }
            backoff.reset();
            retryAtNanos = System.nanoTime();
        } else if (status == 400) {
            counters.rejectedBatches.incrementAndGet();
            spool.setAside(entry, Spool.REJECTED, sender.receiver() + " refused it: " + result);
        } else if (status == 401 || status == 403) {
            keyRefused = true;
            log.accept("uploads stopped: " + sender.receiver() + " refused the API key (" + result
                    + "). Check tapedeck.apiKey;" + " recorded sessions stay in " + spoolDescription
                    + " and are sent after a restart with a valid key.");
        } else if (status == 413) {
            split(entry, contents);
        } else {
            retryLater(result);
        }
    }

    private void retryLater(Transport.Result result) {
        long delayMs = backoff.nextDelayMs(result.retryAfter, System.currentTimeMillis());
        retryAtNanos = System.nanoTime() + delayMs * 1_000_000L;
        if (backoff.failures() == 1) {
            log.accept("cannot upload to " + sender.endpoint() + " (" + result + "); retrying with backoff,"
                    + " batches are kept in " + spoolDescription);
        }
    }

    /** 413: the batch becomes two halves by lines, written before the whole is deleted, so a crash loses nothing. */
    private void split(Spool.Entry entry, SpoolFile.Contents contents) {
        byte[] raw;
        try {
            raw = ZstdCodec.decompress(contents.body, contents.dictionaryId, contents.rawLength);
        } catch (ZstdCodec.BodyException e) {
            counters.corruptBatches.incrementAndGet();
            spool.setAside(entry, Spool.CORRUPT, "cannot decompress it to split it: " + e.getMessage());
            return;
        }
        int lines = 0;
        for (byte b : raw) {
            if (b == '\n') {
                lines++;
            }
        }
        if (lines < 2 || entry.name.batchId.splitDepth() >= BatchId.MAX_SPLIT_DEPTH) {
            counters.rejectedBatches.incrementAndGet();
            spool.setAside(
                    entry,
                    Spool.REJECTED,
                    "a single event line of " + raw.length + " bytes is larger than " + sender.receiver()
                            + " accepts (HTTP 413)");
            return;
        }
        int middle = 0;
        for (int seen = 0; seen < lines / 2; middle++) {
            if (raw[middle] == '\n') {
                seen++;
            }
        }
        SpoolFile.Name n = entry.name;
        try {
            writeHalf(
                    new SpoolFile.Name(n.deviceId, n.sessionId, n.batchId.half(0)),
                    Arrays.copyOfRange(raw, 0, middle),
                    contents.dictionaryId);
            writeHalf(
                    new SpoolFile.Name(n.deviceId, n.sessionId, n.batchId.half(1)),
                    Arrays.copyOfRange(raw, middle, raw.length),
                    contents.dictionaryId);
        } catch (IOException e) {
            log.accept(
                    "cannot write the halves of batch " + n + " to the spool (" + e.getMessage() + "); retrying later");
            retryLater(new Transport.Result(413, null, "split failed"));
            return;
        }
        counters.splitBatches.incrementAndGet();
        spool.delete(entry);
    }

    private void writeHalf(SpoolFile.Name name, byte[] raw, String dictionaryId) throws IOException {
        byte[] body = ZstdCodec.compress(raw, settings.compressionLevel(), dictionaryId);
        spool.write(name, new SpoolFile.Contents(dictionaryId, raw.length, body));
        counters.spooledBatches.incrementAndGet();
    }
}
