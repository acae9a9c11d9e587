package io.tapedeck.uploader.internal;

import java.util.concurrent.atomic.AtomicLong;

/** What the uploader did, for tests and diagnostics. Thread-safe. */
public final class Counters {
    final AtomicLong droppedLines = new AtomicLong();
    final AtomicLong droppedBatches = new AtomicLong();
    final AtomicLong spooledBatches = new AtomicLong();
    final AtomicLong sentBatches = new AtomicLong();
    final AtomicLong rejectedBatches = new AtomicLong();
    final AtomicLong corruptBatches = new AtomicLong();
    final AtomicLong splitBatches = new AtomicLong();
    final AtomicLong recoveredBatches = new AtomicLong();
    final AtomicLong tornJournalTails = new AtomicLong();

    Counters() {}

    /** Event lines never spooled: queue full, invalid (not one line), or offered after close. */
    public long droppedLines() {
        return droppedLines.get();
    }
    /** Spooled batches deleted unsent to stay under the storage limit, or that could not be written. */
    public long droppedBatches() {
        return droppedBatches.get();
    }
    /** Batches written to the spool by this uploader (halves of a split included). */
    public long spooledBatches() {
        return spooledBatches.get();
    }
    /** Batches the collector acknowledged with a 2xx. */
    public long sentBatches() {
        return sentBatches.get();
    }
    /** Batches the collector refused with 400, or single lines too large to split: in {@code rejected/}. */
    public long rejectedBatches() {
        return rejectedBatches.get();
    }
    /** Spool files set aside in {@code corrupt/}. */
    public long corruptBatches() {
        return corruptBatches.get();
    }
    /** Batches split in two after a 413. */
    public long splitBatches() {
        return splitBatches.get();
    }

    /** Open batches of processes that died, recovered from their journals and spooled. */
    public long recoveredBatches() {
        return recoveredBatches.get();
    }
    /** Recovered journals that ended in a torn or damaged tail (ignored after the last whole line). */
    public long tornJournalTails() {
        return tornJournalTails.get();
    }

    @Override
    public String toString() {
        return "spooled=" + spooledBatches() + " sent=" + sentBatches() + " droppedLines=" + droppedLines()
                + " droppedBatches=" + droppedBatches() + " rejected=" + rejectedBatches() + " corrupt="
                + corruptBatches()
                + " split=" + splitBatches() + " recovered=" + recoveredBatches() + " tornTails=" + tornJournalTails();
    }
}
