package io.tapedeck.core.internal.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Core's PNG encoder against ImageIO's (what the Swing adapter used before core had one), on
 * images like those a session holds: an icon, a drawn UI panel with text and a gradient, a
 * chart, and noise as the worst case; then, for each recorded session file given, every
 * distinct image in it, decoded and encoded again both ways. Encoding runs on the recorder
 * thread, once per distinct image. Prints a table; not a unit test. Run:
 * <pre>
 * ./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) \
 *      io.tapedeck.core.internal.view.PngBenchmark [session.ndjson ...]
 * </pre>
 */
public final class PngBenchmark {
    public static void main(String[] args) throws Exception {
        System.out.println("image                    pixels   core bytes  core ms   ImageIO bytes  ImageIO ms");
        row("icon 16x16", drawn(16, 16, false, false));
        row("UI panel 800x600", drawn(800, 600, true, false));
        row("chart 600x300", drawn(600, 300, false, true));
        row("noise 400x300", noise(400, 300));
        for (String session : args) {
            List<BufferedImage> images = imagesOf(Paths.get(session));
            System.out.println();
            System.out.println(session + ": " + images.size() + " distinct images");
            System.out.println("  all of them: core " + total(images, true) + " bytes, ImageIO " + total(images, false)
                    + " bytes");
        }
    }

    /** Every distinct PNG data URL in a session file, decoded. */
    private static List<BufferedImage> imagesOf(Path session) throws Exception {
        Matcher urls =
                Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(Files.readString(session));
        Set<String> seen = new HashSet<>();
        List<BufferedImage> images = new ArrayList<>();
        while (urls.find()) {
            if (seen.add(urls.group(1))) {
                images.add(ImageIO.read(
                        new ByteArrayInputStream(Base64.getDecoder().decode(urls.group(1)))));
            }
        }
        return images;
    }

    private static long total(List<BufferedImage> images, boolean core) throws Exception {
        long bytes = 0;
        for (BufferedImage image : images) {
            int w = image.getWidth();
            int h = image.getHeight();
            if (core) {
                bytes += Png.encode(w, h, image.getRGB(0, 0, w, h, null, 0, w)).length;
            } else {
                BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                argb.getGraphics().drawImage(image, 0, 0, null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(argb, "png", out);
                bytes += out.size();
            }
        }
        return bytes;
    }

    private static void row(String name, BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        int runs = Math.max(20, 2_000_000 / (w * h));
        byte[] ours = null;
        long[] oursNanos = new long[runs];
        byte[] theirs = null;
        long[] theirsNanos = new long[runs];
        for (int warm = 0; warm < 2; warm++) { // the first pass warms the JIT, the second is measured
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ours = Png.encode(w, h, argb);
                oursNanos[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                theirs = out.toByteArray();
                theirsNanos[i] = System.nanoTime() - t0;
            }
        }
        System.out.printf(
                "%-22s %8d %12d %8.3f %15d %11.3f%n",
                name, w * h, ours.length, median(oursNanos) / 1e6, theirs.length, median(theirsNanos) / 1e6);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static BufferedImage drawn(int w, int h, boolean text, boolean chart) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF4F6FA), 0, h, new Color(0xDDE3EE)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x3366CC));
        g.fillRoundRect(w / 8, h / 8, w / 2, h / 3, 8, 8);
        if (text) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(Color.DARK_GRAY);
            for (int y = h / 2; y < h - 10; y += 18) {
                g.drawString("Customer " + y + "  Ada Lovelace  ada@example.com  +44 20 7946 0958", 12, y);
            }
        }
        if (chart) {
            Random random = new Random(3);
            int[] xs = new int[60];
            int[] ys = new int[60];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i * w / xs.length;
                ys[i] = h / 2 + random.nextInt(h / 3) - h / 6;
            }
            g.setColor(new Color(0xCC3333));
            g.drawPolyline(xs, ys, xs.length);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(5);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt() | 0xFF000000);
            }
        }
        return image;
    }
}
