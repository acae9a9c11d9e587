package io.tapedeck.examples.crm;

import com.github.luben.zstd.Zstd;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.record.Recording;
import io.tapedeck.swing.internal.SwingRecorder;
import java.awt.EventQueue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JFrame;

/**
 * What the live orders chart (a custom component redrawing every second) costs in a
 * recording, against a PNG of it every second. Not a test (nothing is asserted); prints a
 * table for docs/fidelity.md. Run under a display:
 * <pre>
 * ./mvnw -q -B -o -pl examples test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * build/display-jvm/bin/java -cp examples/target/test-classes:examples/target/classes:$(cat examples/target/cp.txt) \
 *     io.tapedeck.examples.crm.LiveChartCostBenchmark [seconds]
 * </pre>
 */
public final class LiveChartCostBenchmark {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Files.createTempDirectory("tapedeck-live-chart");
        TapedeckConfig config = TapedeckConfig.builder()
                .set("serverUrl", dir.toUri().toString())
                .set("dataDir", dir.resolve("data").toString())
                .set("maskLevel", "light")
                .build();
        LiveOrdersChart chart = new LiveOrdersChart();
        JFrame[] frame = new JFrame[1];
        EventQueue.invokeAndWait(() -> {
            frame[0] = new JFrame("Live orders");
            frame[0].setContentPane(chart);
            frame[0].setBounds(0, 0, 300, 44);
            frame[0].setVisible(true);
        });
        try (Recording recording = Recording.start(config)) {
            SwingRecorder swing = SwingRecorder.start(config, recording.sink());
            Thread.sleep(3000); // first capture and keyframe
            recording.flush(2000);
            long before = size(dir);
            int ticksBefore = chart.ticks();
            long pngBytes = 0, pngCompressed = 0;
            for (int s = 0; s < seconds; s++) {
                Thread.sleep(1000);
                byte[] png = png(chart);
                pngBytes += png.length;
                pngCompressed += Zstd.compress(png, 3).length;
            }
            recording.flush(2000);
            long after = size(dir);
            int ticks = chart.ticks() - ticksBefore;
            swing.stop();
            byte[] delta = tail(dir, before);
            double perMinute = 60.0 / seconds;
            System.out.printf(
                    "live chart %dx%d, %d redraws in %d s%n", chart.getWidth(), chart.getHeight(), ticks, seconds);
            System.out.printf("%-40s %12s %12s%n", "per minute", "raw bytes", "zstd-3");
            System.out.printf(
                    "%-40s %12.0f %12.0f%n",
                    "recorded (SVG mutations)",
                    (after - before) * perMinute,
                    Zstd.compress(delta, 3).length * perMinute);
            System.out.printf(
                    "%-40s %12.0f %12.0f%n",
                    "a PNG of the chart every second", pngBytes * perMinute, pngCompressed * perMinute);
        } finally {
            EventQueue.invokeAndWait(() -> frame[0].dispose());
        }
        System.exit(0);
    }

    private static byte[] png(LiveOrdersChart chart) throws Exception {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        EventQueue.invokeAndWait(() -> {
            java.awt.Graphics2D g = image.createGraphics();
            chart.paint(g);
            g.dispose();
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ndjson"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static byte[] tail(Path dir, long from) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            Path f = files.filter(p -> p.toString().endsWith(".ndjson"))
                    .findFirst()
                    .orElseThrow();
            byte[] all = Files.readAllBytes(f);
            return java.util.Arrays.copyOfRange(all, (int) from, all.length);
        }
    }
}
