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
    CanaryIT() {
        super(Canary.Toolkit.SWING, List.of(), CanaryRun.locationOf(CanaryApp.class), CanaryApp.class.getName());
    }
}
