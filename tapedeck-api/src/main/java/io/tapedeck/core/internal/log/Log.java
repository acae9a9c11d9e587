package io.tapedeck.core.internal.log;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tapedeck's own tiny log: {@code [tapedeck] LEVEL message} lines on {@code System.err}.
 *
 * <p>We live inside other people's applications, so we never touch their logging framework
 * (it may not be configured yet, or configuring it may be the app's job). Logging never throws:
 * a failing sink is swallowed, because a log line is never worth crashing the host app.
 *
 * <p>Multi-line messages are split so that every line carries the prefix, which keeps
 * {@code grep '\[tapedeck\]'} useful.
 */
public final class Log {
    private static final String PREFIX = "[tapedeck] ";

    /** System.err is looked up on every line so that a redirected System.err is honoured. */
    private static final Consumer<String> STDERR = line -> System.err.println(line);

    private static volatile Consumer<String> sink = STDERR;
    private static volatile boolean debugEnabled;
    private static final Set<String> onceKeys = ConcurrentHashMap.newKeySet();

    private Log() {}

    public static void error(String message) {
        write("ERROR", message);
    }

    public static void warn(String message) {
        write("WARN", message);
    }

    public static void info(String message) {
        write("INFO", message);
    }

    /** Written only while debug is enabled ({@code tapedeck.debug=true}). */
    public static void debug(String message) {
        if (debugEnabled) write("DEBUG", message);
    }

    /** Like {@link #error(String)} with the throwable's class and message appended. */
    public static void error(String message, Throwable t) {
        error(message + ": " + describe(t));
    }

    /** Like {@link #warn(String)} with the throwable's class and message appended. */
    public static void warn(String message, Throwable t) {
        warn(message + ": " + describe(t));
    }

    /**
     * Warns the first time {@code key} is seen in this JVM and stays silent afterwards, for
     * conditions that would otherwise repeat on every capture (an unwritable directory, a
     * component type we cannot read).
     *
     * @return true when the warning was written
     */
    public static boolean warnOnce(String key, String message) {
        if (!onceKeys.add(key)) return false;
        warn(message);
        return true;
    }

    public static boolean isDebugEnabled() {
        return debugEnabled;
    }

    /** The static switch behind {@code tapedeck.debug}; set when a configuration is loaded. */
    public static void setDebugEnabled(boolean enabled) {
        debugEnabled = enabled;
    }

    /**
     * Replaces where lines go (each call receives one complete line, prefix included) and returns
     * the previous sink. For tests; {@code null} restores System.err. Also forgets
     * {@link #warnOnce} keys so that each test starts clean.
     */
    public static Consumer<String> swapSinkForTests(Consumer<String> newSink) {
        Consumer<String> previous = sink;
        sink = newSink == null ? STDERR : newSink;
        onceKeys.clear();
        return previous;
    }

    private static void write(String level, String message) {
        try {
            String text = Objects.toString(message);
            Consumer<String> out = sink;
            for (String line : text.split("\r?\n", -1)) {
                out.accept(PREFIX + level + " " + line);
            }
        } catch (Throwable ignored) {
            // A broken stderr must not become the host application's problem.
        }
    }

    private static String describe(Throwable t) {
        if (t == null) return "null";
        String msg = t.getMessage();
        return msg == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + msg;
    }
}
