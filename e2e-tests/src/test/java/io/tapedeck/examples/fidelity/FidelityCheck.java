package io.tapedeck.examples.fidelity;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The fidelity check for one look and feel and UI scale: records the scripted app
 * ({@link FidelityRun}), replays the session in headless Chromium at each scene's moment
 * ({@link ReplayCamera}), and scores every window against its real screenshot: SSIM, share of
 * matching pixels, visible-text recall. Writes side-by-side images and the report's section
 * ({@link FidelityReport}) under {@code target/fidelity/CONFIG/}.
 */
final class FidelityCheck {
    /** Width of the side-by-side copies meant for docs/fidelity/. */
    static final int DOCS_IMAGE_WIDTH = 960;

    final FidelityConfig config;
    final FidelityRun run;
    final List<SceneScore> scores;
    final List<String> replayProblems;
    final long scoringMillis;

    private FidelityCheck(
            FidelityConfig config,
            FidelityRun run,
            List<SceneScore> scores,
            List<String> replayProblems,
            long scoringMillis) {
        this.config = config;
        this.run = run;
        this.scores = scores;
        this.replayProblems = replayProblems;
        this.scoringMillis = scoringMillis;
    }

    static Path outputRoot() {
        return Paths.get(System.getProperty("tapedeck.fidelity.out", "target/fidelity"))
                .toAbsolutePath()
                .normalize();
    }

    static FidelityCheck run(FidelityConfig config) throws Exception {
        Path dir = outputRoot().resolve(config.name());
        deleteRecursively(dir);
        FidelityRun run = FidelityRun.record(config, dir.resolve("run"));
        long started = System.nanoTime();
        List<SceneScore> scores = new ArrayList<>();
        List<String> problems;
        Path images = Files.createDirectories(dir.resolve("side-by-side"));
        Path docsImages = Files.createDirectories(dir.resolve("docs").resolve("fidelity"));
        try (ReplayCamera replay = new ReplayCamera(config.textAliased())) {
            replay.load(run.session(), run.manifest().uiScale); // what the app really ran at
            for (SceneManifest.Scene scene : run.manifest().scenes) {
                // The last moment of the scene: the recorder had the whole hold to catch up. When it
                // still lags (a window missing, texts missing), look LATE_MS later and keep the better.
                long moment = scene.until - 20;
                replay.seek(moment);
                List<ReplayCamera.ReplayedWindow> windows = replay.windows();
                int found = textsFound(scene, windows);
                if (found < textsExpected(scene)) {
                    replay.seek(scene.until + LATE_MS);
                    List<ReplayCamera.ReplayedWindow> later = replay.windows();
                    if (textsFound(scene, later) > found) {
                        windows = later;
                        moment = scene.until + LATE_MS;
                    } else {
                        replay.seek(moment);
                    }
                }
                String late = moment > scene.until ? " (late)" : "";
                for (int i = 0; i < scene.shots.size(); i++) {
                    SceneManifest.Shot shot = scene.shots.get(i);
                    String name = config.name() + "-" + scene.name + "-" + i;
                    scores.add(score(config, run, replay, scene.name + late, shot, windows, name, images, docsImages));
                }
            }
            problems = replay.problems();
        }
        FidelityCheck check =
                new FidelityCheck(config, run, scores, problems, (System.nanoTime() - started) / 1_000_000);
        FidelityReport.write(check, dir);
        return check;
    }

    /**
     * How much later than a scene's end the replay is looked at when the recorder lagged: the
     * scene is then marked "(late)" in the report. Longer, and the next scene would show.
     */
    static final long LATE_MS = 250;

    private static int textsFound(SceneManifest.Scene scene, List<ReplayCamera.ReplayedWindow> windows) {
        int found = 0;
        for (SceneManifest.Shot shot : scene.shots) {
            ReplayCamera.ReplayedWindow replayed = match(shot, windows);
            TextRecall recall = TextRecall.of(shot.texts, replayed == null ? "" : replayed.text);
            found += replayed == null ? -1 : recall.expected - recall.missing.size();
        }
        return found;
    }

    private static int textsExpected(SceneManifest.Scene scene) {
        int expected = 0;
        for (SceneManifest.Shot shot : scene.shots) {
            expected += TextRecall.of(shot.texts, "").expected;
        }
        return expected;
    }

    private static SceneScore score(
            FidelityConfig config,
            FidelityRun run,
            ReplayCamera replay,
            String scene,
            SceneManifest.Shot shot,
            List<ReplayCamera.ReplayedWindow> windows,
            String name,
            Path images,
            Path docsImages)
            throws IOException {
        ReplayCamera.ReplayedWindow replayed = match(shot, windows);
        if (replayed == null) {
            return new SceneScore(
                    config.name(),
                    scene,
                    shot.label(),
                    0,
                    0,
                    TextRecall.of(shot.texts, ""),
                    null,
                    "window not in the replay",
                    null);
        }
        TextRecall recall = TextRecall.of(shot.texts, replayed.text);
        BufferedImage real = ImageIO.read(run.screenshot(shot).toFile());
        Rectangle area = shot.captured;
        double x = replayed.x + area.x - shot.bounds.x;
        double y = replayed.y + area.y - shot.bounds.y;
        // One CSS pixel more on every side (where the page has it), so the window can be shifted
        // by a device pixel to where it matches (OneDevicePixelShift says why).
        double left = Math.min(1, x);
        double top = Math.min(1, y);
        BufferedImage wide = replay.shoot(x - left, y - top, area.width + left + 1, area.height + top + 1);
        double scale = wide.getWidth() / (area.width + left + 1);
        int leftPx = (int) Math.round(left * scale);
        int topPx = (int) Math.round(top * scale);
        int w = Math.min(real.getWidth(), wide.getWidth() - leftPx);
        int h = Math.min(real.getHeight(), wide.getHeight() - topPx);
        real = rgb(real, w, h);
        OneDevicePixelShift aligned = OneDevicePixelShift.best(real, wide, leftPx, topPx);
        BufferedImage shown = aligned.shown;
        PixelMatch pixels = aligned.pixels;
        double ssim = Ssim.of(real, shown);
        BufferedImage side = SideBySide.of(real, shown, pixels.diff);
        ImageIO.write(side, "png", images.resolve(name + ".png").toFile());
        ImageIO.write(
                SideBySide.shrink(side, DOCS_IMAGE_WIDTH),
                "png",
                docsImages.resolve(name + ".png").toFile());
        return new SceneScore(
                config.name(),
                scene,
                shot.label(),
                ssim,
                pixels.share,
                recall,
                "fidelity/" + name + ".png",
                null,
                aligned.shifted() ? aligned.dx + "," + aligned.dy : null);
    }

    /**
     * The replayed window of a real one: the same size (±1 px), preferring the same class, then
     * the same title. Positions are not compared: the replay's desktop origin moves as windows
     * come and go.
     */
    static ReplayCamera.ReplayedWindow match(SceneManifest.Shot shot, List<ReplayCamera.ReplayedWindow> windows) {
        return windows.stream()
                .filter(r -> Math.abs(r.width - shot.bounds.width) <= 1 && Math.abs(r.height - shot.bounds.height) <= 1)
                .max(Comparator.comparingInt((ReplayCamera.ReplayedWindow r) ->
                        (r.windowClass.equals(shot.windowClass) ? 2 : 0) + (r.title.equals(shot.title) ? 1 : 0)))
                .orElse(null);
    }

    /** The top-left {@code w}×{@code h} as plain RGB. */
    private static BufferedImage rgb(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Every failure against the config's thresholds, one line each; empty when all pass. */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        FidelityConfig.Thresholds t = config.thresholds;
        for (SceneScore s : scores) {
            if (s.problem != null
                    || s.ssim < t.ssim
                    || s.matchingPixels < t.matchingPixels
                    || s.recall.share() < t.textRecall) {
                failures.add(s + (s.recall.missing.isEmpty() ? "" : "  missing " + s.recall.missing));
            }
        }
        if (meanSsim() < t.meanSsim) {
            failures.add(String.format(Locale.ROOT, "mean SSIM %.3f", meanSsim()));
        }
        if (totalTextRecall() < t.totalTextRecall) {
            failures.add(String.format(Locale.ROOT, "all texts found %.3f", totalTextRecall()));
        }
        return failures;
    }

    double meanSsim() {
        return scores.stream().mapToDouble(s -> s.ssim).average().orElse(0);
    }

    double meanMatchingPixels() {
        return scores.stream().mapToDouble(s -> s.matchingPixels).average().orElse(0);
    }

    /** Found texts over expected texts, all windows of all scenes together. */
    double totalTextRecall() {
        int expected = scores.stream().mapToInt(s -> s.recall.expected).sum();
        int missing = scores.stream().mapToInt(s -> s.recall.missing.size()).sum();
        return expected == 0 ? 1 : (expected - missing) / (double) expected;
    }
}
