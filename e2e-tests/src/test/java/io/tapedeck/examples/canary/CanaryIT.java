package io.tapedeck.examples.canary;

import java.util.List;

/**
 * The canary suite: {@link CanaryApp} runs in a child JVM with {@code -javaagent}, at every mask
 * level, with and without its markers and rules, to a {@code file:} destination and to a real
 * collector. Every byte that left the process (the session file; the batches the collector
 * stored, decompressed) is scanned: each canary appears exactly where {@link Canary#visible}
 * allows it, and a password never (nor in the app's output).
 */
class CanaryIT extends CanarySuite {
    @Override
    CanaryRun record(String level, boolean marked, String destination) throws Exception {
        return CanaryRun.record(
                shared,
                collector,
                Canary.Toolkit.SWING,
                level,
                marked,
                destination,
                List.of(),
                CanaryRun.locationOf(CanaryApp.class),
                CanaryApp.class.getName());
    }
}
