package io.tapedeck.swing.internal.paint;

import io.tapedeck.testing.ChromiumExecutable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Test-only: renders an HTML page with the Debian Chromium CLI (headless screenshot). */
final class Chromium {
    private Chromium() {}

    static boolean available() {
        return ChromiumExecutable.find().isPresent();
    }

    static BufferedImage screenshot(String html, int width, int height, Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        Path page = dir.resolve(name + ".html");
        Path png = dir.resolve(name + "-chromium.png");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("tapedeck-chromium");
        try {
            Process p = new ProcessBuilder(List.of(
                            ChromiumExecutable.require().toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--hide-scrollbars",
                            "--force-device-scale-factor=1",
                            "--user-data-dir=" + profile,
                            "--screenshot=" + png,
                            "--window-size=" + width + "," + height,
                            page.toUri().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + "-chromium.log").toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish");
            }
            if (!Files.exists(png))
                throw new IOException("chromium wrote no screenshot, see " + name + "-chromium.log");
            return ImageIO.read(png.toFile());
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
