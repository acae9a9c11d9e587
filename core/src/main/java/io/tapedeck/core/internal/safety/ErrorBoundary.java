package io.tapedeck.core.internal.safety;

import io.tapedeck.core.internal.log.Log;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a failure of ours stops. We run inside other people's applications: a toolkit listener,
 * a capture, an agent's start, a public API call, a shutdown hook must never throw into the host
 * app. Like rrweb's {@code callbackWrapper}, every such place runs its body through a boundary
 * ({@link #run}, {@link #call}, {@link #accept}, {@link #wrap}); a place that must catch on its
 * own (a hot path that should not allocate a lambda) hands what it caught to {@link #fail}.
 *
 * <p>A boundary belongs to one part (the Swing capture, the agent's API…). A failure is logged
 * once per place ({@code where}): the first as an error line with what was thrown (and its stack
 * trace when {@code tapedeck.debug} is on), later ones only counted, with a warning when the count
 * reaches 10, 100, 1000… A <em>disabling</em> boundary also switches its part off at its first failure:
 * its disable hook runs exactly once and the boundary runs no body any more (the part is then
 * no longer trusted: a listener that failed once would fail on every event).
 *
 * <p>What is caught: every {@link Exception} and {@link Error}, {@link VirtualMachineError}s
 * ({@code OutOfMemoryError}, {@code StackOverflowError}) included. Such an error inside our code
 * is ours: rethrowing it would turn our failure into the app's crash on the app's thread, while
 * swallowing it and switching our part off frees what the part holds; the JVM's own handling
 * ({@code -XX:+ExitOnOutOfMemoryError}, heap dumps) happens where the error was raised, whatever
 * catches it. Two are not failures of ours and are treated as their senders mean them:
 * {@link ThreadDeath} (from {@code Thread.stop}) is rethrown, so the thread does die; an
 * {@link InterruptedException} (thrown sneakily by a body) restores the thread's interrupt
 * status and counts as no failure. Logging never throws, and neither does the disable hook as
 * far as the caller can tell.
 */
public final class ErrorBoundary {
    /** Places remembered per boundary; later new places are counted under one shared key. */
    static final int MAX_PLACES = 256;

    private static final String OTHER_PLACES = "(other places)";

    private final String part;
    private final Runnable disable;
    private final AtomicBoolean disabled = new AtomicBoolean();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    private ErrorBoundary(String part, Runnable disable) {
        this.part = part;
        this.disable = disable;
    }

    /**
     * A boundary that logs a failure (an error line, once per place) and keeps running: for places
     * that are independent of one another (API calls, a flush, a close).
     *
     * @param part what the places belong to, for the log line ("the agent", "the Tapedeck API")
     */
    public static ErrorBoundary logging(String part) {
        return new ErrorBoundary(part, null);
    }

    /**
     * A boundary that, at its first failure, logs one error line, runs {@code disable} once and
     * from then on runs nothing: for a part whose places share state (a capture and its listeners).
     *
     * @param part what stops, for the log line ("Swing capture")
     * @param disable switches the part off; may throw (that is swallowed)
     */
    public static ErrorBoundary disabling(String part, Runnable disable) {
        if (disable == null) throw new NullPointerException("disable");
        return new ErrorBoundary(part, disable);
    }

    /** False once the part was deactivated (stopped) or, for a disabling boundary, failed. */
    public boolean active() {
        return active;
    }

    /** Runs no body from now on (the part was stopped); not a failure: later failures are only counted. */
    public void deactivate() {
        active = false;
    }

    /** Whether a disabling boundary has switched its part off after a failure. */
    public boolean failed() {
        return disabled.get();
    }

    /** How often {@code where} failed so far. */
    public long failures(String where) {
        AtomicLong n = failures.get(where);
        return n == null ? 0 : n.get();
    }

    /** Runs {@code body} unless inactive; nothing it throws leaves this method. */
    public void run(String where, Runnable body) {
        if (!active) return;
        try {
            body.run();
        } catch (Throwable t) {
            fail(where, t);
        }
    }

    /** {@link #run} for a body that takes one argument, so a listener can pass a method reference held in a field. */
    public <A> void accept(String where, Consumer<? super A> body, A argument) {
        if (!active) return;
        try {
            body.accept(argument);
        } catch (Throwable t) {
            fail(where, t);
        }
    }

    /** The body's result, or {@code fallback} when inactive or when the body failed. */
    public <T> T call(String where, Supplier<? extends T> body, T fallback) {
        if (!active) return fallback;
        try {
            return body.get();
        } catch (Throwable t) {
            fail(where, t);
            return fallback;
        }
    }

    /** {@code body} as a runnable that goes through this boundary (for threads, hooks, {@code invokeLater}). */
    public Runnable wrap(String where, Runnable body) {
        return () -> run(where, body);
    }

    /**
     * A body at {@code where} failed with {@code t}: logged or counted, and a disabling boundary
     * switches its part off. Never throws, except a {@link ThreadDeath}, which is passed on.
     */
    public void fail(String where, Throwable t) {
        if (t instanceof ThreadDeath) throw (ThreadDeath) t;
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean first = false;
        if (disable != null) {
            boolean wasActive = active; // a part already stopped (deactivated) is not switched off again
            active = false;
            first = wasActive && disabled.compareAndSet(false, true);
        }
        long count = count(where);
        try {
            if (disable != null) {
                if (first) report(part + " stopped after an error in " + where + ": " + t, t);
                else if (isPowerOfTen(count)) Log.debug(part + ": " + where + " failed " + count + " times (stopped)");
            } else if (count == 1) {
                report(part + ": " + where + " failed: " + t, t);
            } else if (isPowerOfTen(count)) {
                Log.warn(part + ": " + where + " failed " + count + " times so far");
            }
        } catch (Throwable ignored) {
            // Logging must not be the thing that breaks the app (an OutOfMemoryError while building the line).
        }
        if (first) {
            try {
                disable.run();
            } catch (Throwable ignored) {
                // Already inactive: whatever the hook did not undo stays in place and does nothing.
            }
        }
    }

    private long count(String where) {
        AtomicLong n = failures.get(where);
        if (n == null) {
            String key = failures.size() < MAX_PLACES ? where : OTHER_PLACES;
            n = failures.computeIfAbsent(key, k -> new AtomicLong());
        }
        return n.incrementAndGet();
    }

    private static boolean isPowerOfTen(long n) {
        if (n < 10) return false;
        while (n % 10 == 0) n /= 10;
        return n == 1;
    }

    /** A first failure is an error line: something of ours did not work. */
    private static void report(String line, Throwable t) {
        Log.error(Log.isDebugEnabled() ? line + "\n" + stackTrace(t) : line);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString().trim();
    }
}
