package io.tapedeck.core.internal.record;

import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.safety.ErrorBoundary;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The recorder thread. Adapters hand it captures and pointer events through a bounded queue
 * (the UI thread never waits: when the queue is full the item is dropped and counted); the
 * thread turns them into rrweb events with a {@link ReplayStream} and flushes the destination
 * at least every second. Desktops from more than one toolkit become one ({@link SharedDesktop}).
 * A failure inside it logs once and stops recording, never the app.
 */
final class Recorder implements CaptureSink {
    static final int QUEUE_CAPACITY = 8192;
    private static final long FLUSH_INTERVAL_MS = 1000;
    private static final long POLL_MS = 100;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final ReplayStream stream;
    private final SharedDesktop desktop = new SharedDesktop();
    private final Destination destination;
    private final LongSupplier clock;
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean accepting = true;
    /** The recorder thread's boundary: an internal error stops accepting, logged once; the app is not affected. */
    private final ErrorBoundary boundary = ErrorBoundary.disabling("recording", () -> accepting = false);

    private volatile boolean running = true;

    Recorder(ReplayStream stream, Destination destination, LongSupplier clock) {
        this.stream = stream;
        this.destination = destination;
        this.clock = clock;
        this.thread = new Thread(this::run, "tapedeck-recorder");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> Log.error("recorder stopped", e));
    }

    void start() {
        thread.start();
    }

    long dropped() {
        return dropped.get();
    }

    boolean isAlive() {
        return thread.isAlive() && accepting;
    }

    @Override
    public void snapshot(ViewNode desktop, long timestamp) {
        offer(new Snapshot(desktop, timestamp));
    }

    @Override
    public void mouseMove(long key, int x, int y, long timestamp) {
        offer(new Pointer(null, key, x, y, timestamp));
    }

    @Override
    public void mouseAction(MouseAction action, long key, int x, int y, long timestamp) {
        offer(new Pointer(action, key, x, y, timestamp));
    }

    void custom(String tag, Map<String, ?> payload, long timestamp) {
        offer(new Custom(tag, payload, timestamp));
    }

    /** Waits until everything queued before this call is written and flushed, or the timeout. */
    boolean flush(long timeoutMs) {
        Flush f = new Flush();
        if (!accepting || !queue.offer(f)) return false;
        try {
            return f.done.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops accepting, writes what is queued (bounded by {@code timeoutMs}), closes the destination. */
    void stop(long timeoutMs) {
        if (!accepting) return;
        accepting = false;
        running = false;
        queue.offer(new Flush());
        try {
            thread.join(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Object item) {
        if (!accepting) return;
        if (!queue.offer(item)) dropped.incrementAndGet();
    }

    private void run() {
        long lastFlush = clock.getAsLong();
        try {
            while (true) {
                Object item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (item != null) handle(item);
                long now = clock.getAsLong();
                stream.tick(now);
                if (now - lastFlush >= FLUSH_INTERVAL_MS) {
                    destination.flush();
                    lastFlush = now;
                }
                if (!running && queue.isEmpty()) break;
            }
            stream.finish(clock.getAsLong());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) { // the thread's own try: it also catches InterruptedException and must close in finally
            accepting = false;
            boundary.fail("the recorder thread", t);
        } finally {
            try {
                destination.close();
            } catch (Throwable t) { // not a boundary: a failed close is reported and the thread ends as planned
                Log.warn("could not close " + destination.describe(), t);
            }
            long lost = dropped.get();
            if (lost > 0) Log.warn(lost + " capture events were dropped because the recorder fell behind");
            releaseWaiters();
        }
    }

    private void handle(Object item) throws Exception {
        if (item instanceof Snapshot) {
            Snapshot s = (Snapshot) item;
            stream.snapshot(desktop.merge(s.desktop), s.timestamp);
        } else if (item instanceof Pointer) {
            Pointer p = (Pointer) item;
            int x = desktop.viewportX(p.x), y = desktop.viewportY(p.y);
            if (p.action == null) stream.mouseMove(p.key, x, y, p.timestamp);
            else stream.mouseAction(p.action, p.key, x, y, p.timestamp);
        } else if (item instanceof Custom) {
            Custom c = (Custom) item;
            stream.custom(c.tag, c.payload, c.timestamp);
        } else if (item instanceof Flush) {
            stream.drain(clock.getAsLong());
            destination.flush();
            ((Flush) item).done.countDown();
        }
    }

    private void releaseWaiters() {
        Object item;
        while ((item = queue.poll()) != null) {
            if (item instanceof Flush) ((Flush) item).done.countDown();
        }
    }

    private static final class Snapshot {
        final ViewNode desktop;
        final long timestamp;

        Snapshot(ViewNode desktop, long timestamp) {
            this.desktop = desktop;
            this.timestamp = timestamp;
        }
    }

    private static final class Pointer {
        final MouseAction action;
        final long key;
        final int x, y;
        final long timestamp;

        Pointer(MouseAction action, long key, int x, int y, long timestamp) {
            this.action = action;
            this.key = key;
            this.x = x;
            this.y = y;
            this.timestamp = timestamp;
        }
    }

    private static final class Custom {
        final String tag;
        final Map<String, ?> payload;
        final long timestamp;

        Custom(String tag, Map<String, ?> payload, long timestamp) {
            this.tag = tag;
            this.payload = payload;
            this.timestamp = timestamp;
        }
    }

    private static final class Flush {
        final CountDownLatch done = new CountDownLatch(1);
    }
}
