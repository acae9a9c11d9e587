package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Sends the spool's oldest batch through the {@link Transport} (a collector or Amplitude) and
 * acts on the answer exactly as docs/protocol.md says:
 * 2xx delete; 400 set aside as rejected; 401/403 stop uploading (spool kept); 413 split into
 * halves; 408, 429, 5xx, network errors and anything unexpected: back off and retry.
 *
 * <p>Confined to the uploader thread, except the request itself: it runs on the
 * {@code tapedeck-uploader-send} thread, so that a collector that is slow, unreachable or never
 * answers (up to connect + response timeout per attempt) never holds up the sealing and
 * spooling of new lines: what a kill loses never depends on the network. The spool is only touched on the uploader thread: a send is started with
 * {@link #sendOldest()}, and its answer is acted on by {@link #finishSend()}.
 */
final class Delivery {
    private final Spool spool;
    private final Transport sender;
    private final Backoff backoff;
    private final Counters counters;
    private final Consumer<String> log;
    private final UploaderSettings settings;
    private final String spoolDescription;

    private final Runnable wakeUploader;
    private final ExecutorService sendThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tapedeck-uploader-send");
        t.setDaemon(true);
        // Ours to report, never the app's default handler's (an error between two sends).
        t.setUncaughtExceptionHandler(this::sendThreadDied);
        return t;
    });

    private void sendThreadDied(Thread thread, Throwable e) {
        log.accept(thread.getName() + " stopped: " + e);
    }

    private long retryAtNanos;
    private volatile boolean keyRefused;
    private long droppedToReport;
    /** The send in progress on the send thread, with what it sends; null when none. */
    private CompletableFuture<Outcome> inFlight;

    private Spool.Entry inFlightEntry;
    private SpoolFile.Contents inFlightContents;
    private long inFlightReporting;

    /** What the transport did with a batch: an answer, or the batch could not be made into a request. */
    private static final class Outcome {
        final Transport.Result result;
        final SpoolFile.CorruptException corrupt;

        Outcome(Transport.Result result, SpoolFile.CorruptException corrupt) {
            this.result = result;
            this.corrupt = corrupt;
        }
    }

    /** @param wakeUploader called on the send thread when a send ends, to have the uploader thread act on it */
    Delivery(UploaderSettings settings, Spool spool, Transport sender, Counters counters, Runnable wakeUploader) {
        this.settings = settings;
        this.spool = spool;
        this.sender = sender;
        this.counters = counters;
        this.log = settings.log();
        this.backoff = new Backoff(settings.retryBaseMs(), settings.retryCapMs());
        this.spoolDescription = settings.spoolDir().toString();
        this.wakeUploader = wakeUploader;
        this.retryAtNanos = System.nanoTime();
    }

    /** Ends the send thread (a request in progress is aborted by closing the transport, not here). */
    void close() {
        sendThread.shutdownNow();
    }

    /** Whether this process may send at all (owns the spool, key not refused). */
    boolean canSend() {
        return !keyRefused && spool.ownsLock();
    }

    boolean keyRefused() {
        return keyRefused;
    }

    /** Whether a batch waits, no send is in progress and no backoff holds it back. */
    boolean ready(long nowNanos) {
        return inFlight == null && canSend() && !spool.isEmpty() && nowNanos - retryAtNanos >= 0;
    }

    /** Whether a request is in progress on the send thread (its end wakes the uploader thread). */
    boolean sending() {
        return inFlight != null;
    }

    /** When the next attempt may happen, if one waits. */
    long retryAtNanos() {
        return retryAtNanos;
    }

    /** Batches dropped locally, to be reported with the next upload. */
    void reportDropped(int batches) {
        droppedToReport += batches;
    }

    /** Starts sending the oldest spooled batch once, on the send thread. */
    void sendOldest() {
        Spool.Entry entry = spool.oldest();
        if (entry == null || inFlight != null) {
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
        inFlightEntry = entry;
        inFlightContents = contents;
        inFlightReporting = reporting;
        inFlight = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new Outcome(sender.send(n, contents, reporting), null);
                    } catch (SpoolFile.CorruptException e) {
                        return new Outcome(null, e);
                    }
                },
                sendThread);
        inFlight.whenComplete((outcome, error) -> wakeUploader.run());
    }

    /**
     * Acts on the answer of the send in progress if it has ended: deletes, sets aside, splits or
     * backs off. An unexpected error of the transport is rethrown here, on the uploader thread.
     *
     * @return whether a send ended
     */
    boolean finishSend() {
        if (inFlight == null || !inFlight.isDone()) {
            return false;
        }
        CompletableFuture<Outcome> done = inFlight;
        Spool.Entry entry = inFlightEntry;
        SpoolFile.Contents contents = inFlightContents;
        long reporting = inFlightReporting;
        inFlight = null;
        inFlightEntry = null;
        inFlightContents = null;
        Outcome outcome;
        try {
            outcome = done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw e;
        }
        // The spool may have dropped this batch meanwhile (over its storage limit, or a rescan
        // found it gone): then there is nothing left to set aside or split.
        boolean stillSpooled = spool.contains(entry.name);
        if (outcome.corrupt != null) {
            counters.corruptBatches.incrementAndGet();
            if (stillSpooled) {
                spool.setAside(entry, Spool.CORRUPT, outcome.corrupt.getMessage());
            }
            return true;
        }
        Transport.Result result = outcome.result;
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
            if (stillSpooled) {
                spool.setAside(entry, Spool.REJECTED, sender.receiver() + " refused it: " + result);
            }
        } else if (status == 401 || status == 403) {
            keyRefused = true;
            log.accept("uploads stopped: " + sender.receiver() + " refused the API key (" + result
                    + "). Check tapedeck.apiKey;" + " recorded sessions stay in " + spoolDescription
                    + " and are sent after a restart with a valid key.");
        } else if (status == 413) {
            if (stillSpooled) {
                split(entry, contents);
            }
        } else {
            retryLater(result);
        }
        return true;
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
