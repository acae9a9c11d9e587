package io.tapedeck.collector.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes sessions whose last event is older than the retention period: at start, then hourly. */
final class RetentionSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final SessionStore store;
    private final Duration retention;
    private final ScheduledExecutorService timer;

    RetentionSweeper(SessionStore store, Duration retention) {
        this.store = store;
        this.retention = retention;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tapedeck-retention");
            t.setDaemon(true);
            return t;
        });
    }

    /** Sweeps once now (before the server accepts requests), then every hour. */
    RetentionSweeper start() {
        sweep();
        timer.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.HOURS);
        return this;
    }

    void sweep() {
        try {
            long cutoff = System.currentTimeMillis() - retention.toMillis();
            int deleted = store.deleteEndedBefore(cutoff);
            if (deleted > 0)
                LOG.info("retention: deleted {} session(s) older than {} day(s)", deleted, retention.toDays());
        } catch (Exception e) {
            LOG.warn("retention sweep failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
