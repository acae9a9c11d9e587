package io.tapedeck.agent.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints the storm figures for docs/performance.md as a markdown table: each storm of
 * {@link io.tapedeck.agent.itapps.SwingStormApp} without and with the agent, in child JVMs with a
 * display (how to run it: docs/performance.md). Arguments: the storm's length in milliseconds
 * (default 15,000), then optionally the storms to run (default all).
 */
public final class SwingStormBenchmark {
    private SwingStormBenchmark() {}

    public static void main(String[] args) throws Exception {
        long stormMs = args.length > 0 ? Long.parseLong(args[0]) : 15_000;
        java.util.List<String> storms =
                args.length > 1 ? java.util.List.of(args).subList(1, args.length) : SwingStorm.STORMS;
        Path work = Files.createTempDirectory("tapedeck-storms");
        System.out.println("| storm | agent | probe p50 ms | p99 ms | max ms | updates | heap after GC MB"
                + " | peak RSS MB | first visit ms | longest visit ms | longest visit reading a shown window ms | most EDT ms in 1 s | EDT ms in all | visits | sliced"
                + " | visits per bucket (≤1,2,4,8,16,32,64,more ms) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String storm : storms) {
            for (boolean agent : new boolean[] {false, true}) {
                SwingStorm.Run run = SwingStorm.run(work, storm, agent, stormMs, 3000);
                if (run.result().exitCode() != 0)
                    throw new AssertionError(run.result().toString());
                Map<String, String> f = run.figures();
                StringBuilder row = new StringBuilder("| " + storm + " | " + (agent ? "yes" : "no"));
                for (String value : f.values()) {
                    row.append(" | ")
                            .append(value.replaceAll("<=\\d+:|>\\d+:", "").replace(",", " "));
                }
                System.out.println(row.append(" |"));
            }
        }
    }
}
