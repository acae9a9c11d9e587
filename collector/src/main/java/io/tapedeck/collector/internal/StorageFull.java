package io.tapedeck.collector.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A full disk is an outage, not a bug: the batch is refused with {@code 507 Insufficient
 * Storage} (agents keep it and retry, as for any 5xx), and the collector says so at most once a
 * minute instead of a stack trace per request.
 */
final class StorageFull {
    static final int STATUS = 507;
    private static final long REPORT_EVERY_NANOS = 60_000_000_000L;

    private final Logger log;
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_EVERY_NANOS);

    StorageFull(Logger log) {
        this.log = log;
    }

    /** Whether {@code e} (or a cause) is the file system saying it has no space left. */
    static boolean is(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** The problem to answer with; logs the first one of each minute. */
    HttpProblem refuse(String what, IOException e) {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            log.warn("storage full: {} refused with {} until space is freed ({})", what, STATUS, e.getMessage());
        }
        return new HttpProblem(STATUS, "the collector's storage is full; try again later");
    }
}
