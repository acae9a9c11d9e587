package io.tapedeck.collector.internal;

import io.tapedeck.collector.Collector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Turns {@code java -jar tapedeck-collector.jar} arguments into a {@link Collector}. Every
 * mistake is one {@link UsageException} whose message names the option and the value.
 */
final class CommandLine {
    static final String USAGE = "usage: java -jar tapedeck-collector.jar --data DIR [--port 8787] [--bind 127.0.0.1]"
            + " [--api-key KEY]... [--config FILE] [--retention-days N]"
            + " [--max-request-bytes N] [--max-decompressed-bytes N]";

    /** A bad command line; the message is the one line to print. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private CommandLine() {}

    static Collector parse(String[] args) throws UsageException {
        Collector.Builder b = Collector.builder();
        boolean hasData = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) throw new UsageException(USAGE);
            if (!option.startsWith("--")) throw new UsageException("unexpected argument '" + option + "'");
            String value;
            int eq = option.indexOf('=');
            if (eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else {
                if (i + 1 >= args.length) throw new UsageException(option + " needs a value");
                value = args[++i];
            }
            try {
                switch (option) {
                    case "--port" -> b.port(intIn(option, value, 0, 65535));
                    case "--bind" -> b.bind(nonEmpty(option, value));
                    case "--data" -> {
                        b.dataDir(Path.of(nonEmpty(option, value)));
                        hasData = true;
                    }
                    case "--api-key" -> b.apiKey(nonEmpty(option, value));
                    case "--retention-days" -> b.retention(Duration.ofDays(intIn(option, value, 1, 100_000)));
                    case "--max-request-bytes" -> b.maxRequestBytes(longAtLeast(option, value, 1));
                    case "--max-decompressed-bytes" -> b.maxDecompressedBytes(longAtLeast(option, value, 1));
                    case "--config" -> readConfig(b, option, value);
                    default -> throw new UsageException("unknown option " + option + " (" + USAGE + ")");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(option + " " + value + ": " + e.getMessage());
            }
        }
        if (!hasData) throw new UsageException("--data DIR is required (where sessions are stored)");
        return b.build();
    }

    private static void readConfig(Collector.Builder b, String option, String value) throws UsageException {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) throw new UsageException(option + " " + value + ": no such file");
        try {
            for (Map.Entry<String, RemoteSettings> e :
                    RemoteConfigFile.read(file).entrySet()) {
                b.remoteConfig(
                        e.getKey(), e.getValue().sampleRate(), e.getValue().maskLevel());
            }
        } catch (IOException e) {
            throw new UsageException(option + " " + value + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }

    private static String nonEmpty(String option, String value) throws UsageException {
        if (value.isBlank()) throw new UsageException(option + " needs a non-empty value");
        return value;
    }

    private static int intIn(String option, String value, int min, int max) throws UsageException {
        long n = longAtLeast(option, value, min);
        if (n > max)
            throw new UsageException(option + " " + value + ": expected a whole number from " + min + " to " + max);
        return (int) n;
    }

    private static long longAtLeast(String option, String value, long min) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " " + value + ": expected a whole number");
        }
        if (n < min) throw new UsageException(option + " " + value + ": must be at least " + min);
        return n;
    }
}
