package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall clock jumping an hour back or forward during a session. The uploader schedules
 * everything (batch age, journal forcing, rescans, retries) on the monotonic clock; the wall
 * clock is read only for a {@code Retry-After} date, and no longer for the age of temp files.
 */
class ClockJumpTest {
    private static final long HOUR_MS = TimeUnit.HOURS.toMillis(1);

    @TempDir
    Path spool;

    final List<String> logged = new CopyOnWriteArrayList<>();

    @Test
    void aWriteInProgressIsNotTakenForALeftoverWhateverTheWallClockSays() throws Exception {
        AtomicLong nanos = new AtomicLong(); // the monotonic clock, faked
        Spool sender = new Spool(spool, logged::add, nanos::get);
        assertTrue(sender.tryLock());
        try {
            // Another process's batch being written, its time stamped an hour back (the clock jumped forward since).
            Path inProgress = Files.write(spool.resolve(".tmp-1-0-dev.tdbatch.1a"), new byte[10]);
            Files.setLastModifiedTime(inProgress, FileTime.fromMillis(System.currentTimeMillis() - HOUR_MS));
            // A crash leftover stamped an hour ahead (the clock jumped back since).
            Path leftover = Files.write(spool.resolve(".tmp-2-0-dev.tdbatch.2b"), new byte[10]);
            Files.setLastModifiedTime(leftover, FileTime.fromMillis(System.currentTimeMillis() + HOUR_MS));

            sender.rescan();
            assertTrue(Files.exists(inProgress), "first seen just now: it may be a write in progress");
            nanos.addAndGet(Spool.STALE_TEMP_NANOS - 1);
            sender.rescan();
            assertTrue(Files.exists(inProgress) && Files.exists(leftover), "not yet a minute");
            nanos.addAndGet(1);
            sender.rescan();
            assertFalse(Files.exists(inProgress), "seen for a minute: a leftover, deleted");
            assertFalse(Files.exists(leftover), "the same for one stamped in the future");
            assertEquals(List.of(), logged);
        } finally {
            sender.releaseLock();
        }
    }

    @Test
    void aRetryAfterDateReadWithTheClockAnHourOffWaitsAtMostTenMinutesOrRetriesAtOnce() {
        long now = 1_800_000_000_000L;
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochMilli(now + 10_000).atZone(ZoneOffset.UTC));
        assertEquals(
                Backoff.MAX_RETRY_AFTER_MS,
                Backoff.parseRetryAfterMs(inTenSeconds, now - HOUR_MS),
                "the clock an hour back: the date looks an hour away, the wait is capped");
        assertEquals(
                0,
                Backoff.parseRetryAfterMs(inTenSeconds, now + HOUR_MS),
                "the clock an hour forward: the date is past, retry at once");
    }
}
