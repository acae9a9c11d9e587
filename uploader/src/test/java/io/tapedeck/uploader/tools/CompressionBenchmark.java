package io.tapedeck.uploader.tools;

import io.tapedeck.uploader.protocol.Dictionaries;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compares batch codecs on the SAME batches, cut from recorded sessions as the uploader cuts
 * them (5 s / 512 KiB). Prints a markdown table: ratio (raw / compressed, over all batches),
 * compress and decompress speed in MB of raw data per second (single thread, after warm-up).
 *
 * <pre>java ... CompressionBenchmark &lt;dir with *.ndjson&gt;...</pre>
 *
 * A main, not a test: numbers depend on the machine, nothing here asserts on them.
 */
public final class CompressionBenchmark {
    private static final long MIN_MEASURE_NANOS = 1_500_000_000L;

    private record Codec(String name, UnaryOperator<byte[]> compress, UnaryOperator<byte[]> decompress) {}

    public static void main(String[] args) throws Exception {
        List<byte[]> batches = new ArrayList<>();
        for (String dir : args.length == 0 ? new String[] {"/tmp/td-bench"} : args) {
            for (Path file : RecordedBatches.ndjsonFiles(Paths.get(dir))) {
                batches.addAll(RecordedBatches.cut(file, 512 * 1024, 5000));
            }
        }
        long raw = batches.stream().mapToLong(b -> b.length).sum();
        String dict = Dictionaries.current();
        System.out.printf(
                "%d batches, %.1f KiB raw, median batch %.1f KiB, dictionary %s%n%n",
                batches.size(), raw / 1024.0, median(batches) / 1024.0, dict);

        List<Codec> codecs = List.of(
                zstd("zstd 3, no dictionary", 3, null),
                zstd("zstd 1 + dictionary", 1, dict),
                zstd("zstd 3 + dictionary", 3, dict),
                zstd("zstd 9 + dictionary", 9, dict),
                new Codec("gzip (java.util.zip, level 6)", CompressionBenchmark::gzip, CompressionBenchmark::gunzip));

        System.out.println("| codec | ratio | compress MB/s | decompress MB/s |");
        System.out.println("|---|---:|---:|---:|");
        for (Codec codec : codecs) {
            List<byte[]> compressed = new ArrayList<>();
            for (byte[] b : batches) {
                byte[] c = codec.compress.apply(b);
                if (!Arrays.equals(codec.decompress.apply(c), b)) {
                    throw new IllegalStateException(codec.name + " does not round-trip");
                }
                compressed.add(c);
            }
            long packed = compressed.stream().mapToLong(c -> c.length).sum();
            double compressMBs = throughput(raw, () -> batches.forEach(codec.compress::apply));
            double decompressMBs = throughput(raw, () -> compressed.forEach(codec.decompress::apply));
            System.out.printf(
                    "| %s | %.2f | %.0f | %.0f |%n", codec.name, (double) raw / packed, compressMBs, decompressMBs);
        }
    }

    private static Codec zstd(String name, int level, String dict) {
        return new Codec(name, b -> ZstdCodec.compress(b, level, dict), c -> {
            try {
                return ZstdCodec.decompress(c, dict, 64L << 20);
            } catch (ZstdCodec.BodyException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Warms up, then runs the work repeatedly for a while; MB (10^6 bytes) of raw data per second. */
    private static double throughput(long rawBytes, Runnable work) {
        long warmUntil = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < warmUntil) {
            work.run();
        }
        int rounds = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            work.run();
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MIN_MEASURE_NANOS);
        return rawBytes * (double) rounds / (elapsed / 1e9) / 1e6;
    }

    private static double median(List<byte[]> batches) {
        int[] sizes = batches.stream().mapToInt(b -> b.length).sorted().toArray();
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    private static byte[] gzip(byte[] raw) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                gz.write(raw);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed), 64 * 1024)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
