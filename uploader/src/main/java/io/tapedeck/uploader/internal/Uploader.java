package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.Dictionaries;
import io.tapedeck.uploader.protocol.Protocol;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Moves opaque event lines of one session to the collector: lines are queued (bounded, never
 * blocking the caller), cut into batches by size and age on the {@code tapedeck-uploader}
 * daemon thread, compressed, spooled crash-safely, then sent oldest first ({@link Delivery}) by
 * requests on the {@code tapedeck-uploader-send} thread, so the network never delays spooling.
 * A batch leaves the spool only after a 2xx; batches of earlier runs are sent first. The batch
 * being filled is written line by line to its {@link OpenBatchJournal}, so a killed process
 * loses only the lines still queued: the next start recovers the rest.
 */
public final class Uploader {
    private static final long NONE = Long.MIN_VALUE;
    private static final int MAX_QUEUED_LINES = 65_536;
    private static final long RESCAN_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** What a power cut may lose of the open batch: its journal is forced at most this long after a write. */
    private static final long JOURNAL_FORCE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final UploaderSettings settings;
    private final String deviceId;
    private final long sessionId;
    private final Consumer<String> log;
    private final Counters counters = new Counters();
    private final ArrayBlockingQueue<byte[]> lines = new ArrayBlockingQueue<>(MAX_QUEUED_LINES);
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicLong oldestQueuedNanos = new AtomicLong(NONE);
    private final ConcurrentLinkedQueue<FlushRequest> flushRequests = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queueFullLogged = new AtomicBoolean();
    private final AtomicBoolean invalidLineLogged = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Spool spool;
    private final Transport sender;
    private final Delivery delivery;
    private final String dictionaryId;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean abandoning;
    private volatile boolean stopped;
    private volatile boolean rescanRequested;

    // Confined to the uploader thread.
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream();
    private final List<FlushRequest> activeFlushes = new ArrayList<>();
    private long batchStartNanos;
    private long nextSequence;
    private long nextRescanNanos;
    private boolean notOwnerLogged;
    /** The open batch on disk; null while the batch is empty, or when the journal could not be created. */
    private OpenBatchJournal journal;

    private boolean journalFailureLogged;
    /** Batches in a row that could not be written to the spool (a full or read-only disk). */
    private int unwritableBatches;

    private boolean recoveryFailureLogged;

    private static final class FlushRequest {
        final long deadlineNanos;
        final CompletableFuture<Boolean> done = new CompletableFuture<>();

        FlushRequest(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }
    }

    private Uploader(UploaderSettings settings, String deviceId, long sessionId) {
        if (!Protocol.isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException(
                    "invalid device id for uploads (1-64 of A-Z a-z 0-9 . _ -): " + deviceId);
        }
        if (sessionId < 0) {
            throw new IllegalArgumentException("invalid session id: " + sessionId);
        }
        this.settings = settings;
        this.deviceId = deviceId;
        this.sessionId = sessionId;
        this.log = settings.log();
        this.dictionaryId = currentDictionary(log);
        this.sender = Transport.of(settings); // refuses non-loopback http:// here
        try {
            this.spool = new Spool(settings.spoolDir(), log);
        } catch (IOException e) {
            sender.close();
            throw new UncheckedIOException(
                    "cannot use spool directory " + settings.spoolDir() + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "tapedeck-uploader");
        this.delivery = new Delivery(settings, spool, sender, counters, () -> LockSupport.unpark(thread));
        thread.setDaemon(true);
        // The uploader thread's error boundary, in the shape of core's ErrorBoundary (one line,
        // then this part switched off) but not core's class: the uploader runs in its own class
        // loader, which cannot see core (docs/architecture.md). Calls into it are behind the agent's.
        thread.setUncaughtExceptionHandler((t, e) -> {
            stopped = true;
            log.accept("uploader stopped after an unexpected error: " + e);
        });
    }

    /**
     * Starts uploading this session's lines (and whatever earlier runs left in the spool).
     *
     * @throws IllegalArgumentException for a non-loopback {@code http://} URL without
     *         {@code allowInsecureHttp}, or invalid ids
     * @throws UncheckedIOException when the spool directory cannot be created or written
     */
    public static Uploader start(UploaderSettings settings, String deviceId, long sessionId) {
        Uploader uploader = new Uploader(settings, deviceId, sessionId);
        uploader.thread.start();
        return uploader;
    }

    private static String currentDictionary(Consumer<String> log) {
        try {
            return Dictionaries.current();
        } catch (RuntimeException e) {
            log.accept("no zstd dictionary available, compressing without one: " + e.getMessage());
            return null;
        }
    }

    /**
     * Queues one event line (with or without its trailing {@code \n}). Never blocks: when the
     * queue is full, after close, or for a line holding a line break, the line is dropped
     * and counted.
     *
     * @return whether the line was queued
     */
    public boolean offer(byte[] eventLine) {
        if (stopping || stopped || closed.get()) {
            counters.droppedLines.incrementAndGet();
            return false;
        }
        if (!isOneLine(eventLine)) {
            counters.droppedLines.incrementAndGet();
            if (invalidLineLogged.compareAndSet(false, true)) {
                log.accept("dropped an event line that is empty or holds a line break (further ones are only counted)");
            }
            return false;
        }
        long size = eventLine.length + 1L;
        long after = queuedBytes.addAndGet(size);
        if (after > settings.maxQueuedBytes() || !lines.offer(eventLine)) {
            queuedBytes.addAndGet(-size);
            counters.droppedLines.incrementAndGet();
            if (queueFullLogged.compareAndSet(false, true)) {
                log.accept("upload queue full: dropping event lines (counted) until the uploader catches up");
            }
            return false;
        }
        boolean first = oldestQueuedNanos.compareAndSet(NONE, System.nanoTime());
        if (first || (after >= settings.maxBatchBytes() && after - size < settings.maxBatchBytes())) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    private static boolean isOneLine(byte[] line) {
        if (line == null || line.length == 0 || (line.length == 1 && line[0] == '\n')) {
            return false;
        }
        for (int i = 0; i < line.length - 1; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Seals the current batch, spools it and tries to send everything spooled, waiting at
     * most {@code timeoutMs}. Sealing and spooling wait only for the uploader thread and the
     * disk, never for a request in progress.
     *
     * @return whether the spool was empty (everything delivered) within the time
     */
    public boolean flush(long timeoutMs) {
        if (stopped || !thread.isAlive()) {
            return false;
        }
        FlushRequest request = new FlushRequest(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs));
        flushRequests.add(request);
        LockSupport.unpark(thread);
        try {
            return request.done.get(Math.max(0, timeoutMs), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Flushes, then stops; returns within about {@code timeoutMs} whatever the network does
     * (a request in progress is aborted). Lines not yet sent stay in the spool for the next run.
     */
    public void close(long timeoutMs) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        flush(timeoutMs * 3 / 4);
        stop(deadline);
    }

    private void stop(long deadlineNanos) {
        stopping = true;
        LockSupport.unpark(thread);
        joinUntil(deadlineNanos, TimeUnit.MILLISECONDS.toNanos(50));
        if (thread.isAlive()) {
            sender.close(); // aborts a request blocked on the network; the thread then spools and exits
            joinUntil(deadlineNanos, 0);
        }
    }

    private void joinUntil(long deadlineNanos, long atMostNanos) {
        long wait = deadlineNanos - System.nanoTime();
        if (atMostNanos > 0) {
            wait = Math.min(wait, atMostNanos);
        }
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Test hook: stops like a killed process — nothing sealed, nothing flushed, the spool lock released. */
    void abandonForTest() {
        abandoning = true;
        stopping = true;
        LockSupport.unpark(thread);
        sender.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Test hook: the rescan due every 10 s happens now (on the uploader thread, as always). */
    void rescanNowForTest() {
        rescanRequested = true;
        LockSupport.unpark(thread);
    }

    /** Test hook: waits for the uploader thread to end (after close, it may still be spooling what was left). */
    boolean awaitTerminationForTest(long timeoutMs) throws InterruptedException {
        thread.join(timeoutMs);
        return !thread.isAlive();
    }

    public Counters counters() {
        return counters;
    }

    /** Whether uploads stopped because the collector refused the API key. */
    public boolean apiKeyRefused() {
        return delivery.keyRefused();
    }

    // ---- the uploader thread -------------------------------------------------------------

    private void run() {
        try {
            spool.tryLock();
            spool.rescan();
            recoverJournals();
            nextSequence = nextSequenceInSpool();
            nextRescanNanos = System.nanoTime() + RESCAN_NANOS;
            while (!stopping) {
                step();
            }
            if (!abandoning) {
                drainLines(System.nanoTime());
                sealBatch(); // whatever is left waits in the spool for the next run
            }
        } finally {
            stopped = true;
            closeJournal(); // after a seal there is none; abandoned, it stays for recovery like a killed process's
            sender.close(); // aborts a request in progress on the send thread
            delivery.close();
            spool.releaseLock();
            for (FlushRequest r : activeFlushes) {
                r.done.complete(false);
            }
            for (FlushRequest r; (r = flushRequests.poll()) != null; ) {
                r.done.complete(false);
            }
        }
    }

    private void step() {
        long now = System.nanoTime();
        boolean newFlush = false;
        for (FlushRequest r; (r = flushRequests.poll()) != null; ) {
            activeFlushes.add(r);
            newFlush = true;
        }
        drainLines(now);
        forceJournalIfDue(now);
        if (batch.size() > 0
                && (newFlush || now - batchStartNanos >= TimeUnit.MILLISECONDS.toNanos(settings.flushIntervalMs()))) {
            sealBatch();
        }
        if (now - nextRescanNanos >= 0 || rescanRequested) {
            rescanRequested = false;
            nextRescanNanos = now + RESCAN_NANOS;
            if (spool.tryLock()) {
                spool.rescan();
                recoverJournals(); // of another process on this spool that died meanwhile
            }
        }
        if (!spool.ownsLock() && !notOwnerLogged) {
            notOwnerLogged = true;
            log.accept(
                    "another process is sending spool " + settings.spoolDir() + "; this one spools its batches there");
        }
        boolean progressed = delivery.finishSend();
        if (delivery.ready(System.nanoTime())) {
            delivery.sendOldest(); // returns at once: the request runs on the send thread
            progressed = true;
        }
        if (progressed) {
            completeFlushes(System.nanoTime());
            return;
        }
        completeFlushes(now);
        park(now);
    }

    private void completeFlushes(long now) {
        boolean delivered = spool.isEmpty() && batch.size() == 0;
        boolean hopeless = !delivery.canSend();
        activeFlushes.removeIf(r -> {
            if (delivered || hopeless || now - r.deadlineNanos >= 0) {
                r.done.complete(delivered);
                return true;
            }
            return false;
        });
    }

    private void park(long now) {
        long wake = nextRescanNanos;
        if (batch.size() > 0) {
            wake = earlier(wake, batchStartNanos + TimeUnit.MILLISECONDS.toNanos(settings.flushIntervalMs()), now);
        }
        if (journal != null && journal.needsForce()) {
            wake = earlier(wake, journal.unforcedSinceNanos() + JOURNAL_FORCE_NANOS, now);
        }
        if (delivery.canSend() && !spool.isEmpty() && !delivery.sending()) { // the end of a send unparks us
            wake = earlier(wake, delivery.retryAtNanos(), now);
        }
        for (FlushRequest r : activeFlushes) {
            wake = earlier(wake, r.deadlineNanos, now);
        }
        long wait = wake - now;
        if (wait > 0 && flushRequests.isEmpty() && !stopping) {
            LockSupport.parkNanos(this, wait);
        }
    }

    private static long earlier(long a, long b, long now) {
        return (b - now) < (a - now) ? b : a;
    }

    /**
     * Moves queued lines into the current batch, sealing it whenever the next line would not fit,
     * and writes them to the batch's journal: from here on a kill of the process does not lose them.
     */
    private void drainLines(long now) {
        long queuedSince = oldestQueuedNanos.getAndSet(NONE);
        for (byte[] line; (line = lines.poll()) != null; ) {
            int size = line.length + (line[line.length - 1] == '\n' ? 0 : 1);
            queuedBytes.addAndGet(-(line.length + 1L));
            if (batch.size() > 0 && batch.size() + size > settings.maxBatchBytes()) {
                sealBatch();
            }
            if (batch.size() == 0) {
                batchStartNanos = queuedSince == NONE ? now : queuedSince;
                openJournal();
            }
            boolean withNewline = line[line.length - 1] == '\n';
            batch.write(line, 0, line.length);
            if (!withNewline) {
                batch.write('\n');
            }
            if (journal != null) {
                journal.append(line, withNewline ? line.length - 1 : line.length);
            }
        }
        if (journal != null) {
            try {
                journal.write(now);
            } catch (IOException e) {
                journalFailed("cannot write to " + journal.file().getFileName(), e);
            }
        }
    }

    private void openJournal() {
        SpoolFile.Name name = new SpoolFile.Name(deviceId, sessionId, BatchId.of(nextSequence));
        try {
            journal = OpenBatchJournal.create(settings.spoolDir(), name);
        } catch (IOException | RuntimeException e) {
            journal = null;
            journalFailed("cannot create the journal of batch " + name, e);
        }
    }

    private void forceJournalIfDue(long now) {
        if (journal != null && journal.needsForce() && now - journal.unforcedSinceNanos() >= JOURNAL_FORCE_NANOS) {
            try {
                journal.force();
            } catch (IOException e) {
                journalFailed("cannot force " + journal.file().getFileName() + " to disk", e);
            }
        }
    }

    private void journalFailed(String what, Exception e) {
        if (!journalFailureLogged) {
            journalFailureLogged = true;
            log.accept(what + " (" + e + "): until batches are sealed, a kill of the app may lose up to "
                    + settings.flushIntervalMs() + " ms of events (further journal failures are not logged)");
        }
    }

    private void closeJournal() {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // closing a channel we only wrote to: the lock and the file descriptor go anyway
            }
            journal = null;
        }
    }

    /**
     * Writes the open batch to the spool under the id its journal was named with, then deletes
     * the journal (a kill in between leaves both: recovery then keeps the batch and deletes the
     * journal, before anything is sent).
     */
    private void sealBatch() {
        if (batch.size() == 0) {
            return;
        }
        byte[] raw = batch.toByteArray();
        batch.reset();
        SpoolFile.Name name = new SpoolFile.Name(deviceId, sessionId, BatchId.of(nextSequence++));
        OpenBatchJournal sealed = journal;
        journal = null;
        try {
            spoolBatch(name, raw);
            if (unwritableBatches > 0) {
                log.accept("the spool takes batches again, after " + unwritableBatches + " that could not be written");
                unwritableBatches = 0;
            }
        } catch (IOException e) {
            // A full or read-only disk fails every batch: one line when it starts, one when it ends.
            boolean kept = sealed != null && keepForRecovery(sealed);
            if (!kept) {
                counters.droppedBatches.incrementAndGet();
                delivery.reportDropped(1);
            }
            if (unwritableBatches++ == 0) {
                log.accept("cannot write batch " + name + " to the spool (" + e + "): "
                        + (kept ? "its journal keeps it for a later attempt" : "dropped it (counted)")
                        + "; further batches that cannot be written are not logged until one can");
            }
            if (kept) {
                return;
            }
        }
        if (sealed != null) {
            try {
                sealed.delete();
            } catch (IOException e) {
                journalFailed("cannot delete " + sealed.file().getFileName() + " after sealing it", e);
            }
        }
    }

    /** Writes what the journal has not written yet and lets go of it, as a killed process would: a rescan recovers it. */
    private static boolean keepForRecovery(OpenBatchJournal sealed) {
        try {
            sealed.write(System.nanoTime());
            sealed.close();
            return !sealed.broken();
        } catch (IOException e) {
            try {
                sealed.delete();
            } catch (IOException ignored) {
                // a journal that cannot be written or deleted: recovery takes its readable prefix, if any
            }
            return false;
        }
    }

    /** Compresses and spools one batch, first dropping the oldest batches if it would not fit under the limit. */
    private void spoolBatch(SpoolFile.Name name, byte[] raw) throws IOException {
        byte[] body = ZstdCodec.compress(raw, settings.compressionLevel(), dictionaryId);
        int dropped = spool.makeRoom(body.length + 64L, settings.storageLimitBytes());
        if (dropped > 0) {
            counters.droppedBatches.addAndGet(dropped);
            delivery.reportDropped(dropped);
            log.accept("spool over its limit of " + settings.storageLimitBytes() / 1024 + " KiB: dropped the " + dropped
                    + " oldest unsent batch(es)");
        }
        spool.write(name, new SpoolFile.Contents(dictionaryId, raw.length, body));
        counters.spooledBatches.incrementAndGet();
    }

    /**
     * Spools the open batches that processes left behind when they died (this app's earlier runs,
     * or another instance sharing the spool), each under the batch id its journal was named with:
     * that id was never sent (a batch is sealed, and its journal deleted, before it can be sent).
     * Only the sending process recovers; a journal whose writer is alive is locked and skipped.
     */
    private void recoverJournals() {
        if (!spool.ownsLock()) {
            return;
        }
        for (Path file : spool.journals()) {
            String fileName = file.getFileName().toString();
            SpoolFile.Name name = SpoolFile.parseName(fileName, OpenBatchJournal.SUFFIX);
            if (name == null) {
                spool.setAside(file, Spool.CORRUPT, "its name is not a journal name");
                continue;
            }
            try (OpenBatchJournal.Claim claim = OpenBatchJournal.claim(file)) {
                if (claim == null) {
                    continue; // its writer is alive
                }
                if (spool.contains(name)) {
                    claim.delete(); // sealed just before its process died
                    continue;
                }
                OpenBatchJournal.Recovered recovered = claim.read();
                if (recovered.lines == 0 && recovered.tornBytes > 0) {
                    counters.tornJournalTails.incrementAndGet();
                    spool.setAside(file, Spool.CORRUPT, "not a journal, or damaged from its first line on");
                    continue;
                }
                if (recovered.lines > 0) {
                    spoolBatch(name, recovered.raw);
                    counters.recoveredBatches.incrementAndGet();
                }
                if (recovered.tornBytes > 0) {
                    counters.tornJournalTails.incrementAndGet();
                    log.accept("recovered " + recovered.lines + " event lines of batch " + name + " from " + fileName
                            + "; ignored its torn tail of " + recovered.tornBytes + " bytes");
                }
                claim.delete();
            } catch (IOException e) {
                if (!recoveryFailureLogged) {
                    recoveryFailureLogged = true;
                    log.accept("cannot recover the open batch in " + fileName + " (" + e
                            + "); it is kept and tried again later");
                }
            }
        }
    }

    private long nextSequenceInSpool() {
        // Above -1 only when an uploader for this very session ran before on this spool; the
        // settings' first sequence when this process recorded the session before (its batches
        // may be sent and gone from the spool, but the collector still has their numbers).
        return Math.max(spool.maxSequence(deviceId, sessionId) + 1, settings.firstSequence());
    }
}
