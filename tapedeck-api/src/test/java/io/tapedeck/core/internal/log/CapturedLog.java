package io.tapedeck.core.internal.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Collects Tapedeck log lines during a test: {@code try (CapturedLog log = CapturedLog.start()) {...}}. */
public final class CapturedLog implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Consumer<String> previous;
    private final boolean previousDebug;

    private CapturedLog() {
        previousDebug = Log.isDebugEnabled();
        previous = Log.swapSinkForTests(lines::add);
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    /** Every line so far, prefix and level included. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines of one level ("WARN", "ERROR"...), without the {@code [tapedeck] LEVEL } prefix. */
    public List<String> messages(String level) {
        String prefix = "[tapedeck] " + level + " ";
        return lines.stream()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        Log.swapSinkForTests(previous);
        Log.setDebugEnabled(previousDebug);
    }
}
