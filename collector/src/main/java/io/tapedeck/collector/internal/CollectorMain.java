package io.tapedeck.collector.internal;

import io.tapedeck.collector.Collector;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar tapedeck-collector.jar ...}: exit code 2 for a bad command line, 1 when it cannot start. */
public final class CollectorMain {
    private CollectorMain() {}

    public static void main(String[] args) throws InterruptedException {
        Collector collector;
        try {
            collector = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("tapedeck-collector: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            collector.start();
        } catch (RuntimeException e) {
            System.err.println("tapedeck-collector: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(
                "Tapedeck collector listening on " + collector.baseUrl() + " (viewer: " + collector.baseUrl() + "/)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            collector.stop();
                            stopped.countDown();
                        },
                        "tapedeck-collector-shutdown"));
        stopped.await();
    }
}
