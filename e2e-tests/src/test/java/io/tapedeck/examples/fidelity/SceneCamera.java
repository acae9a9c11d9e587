package io.tapedeck.examples.fidelity;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Runs inside the recorded app, whatever its toolkit ({@link AppScreen}): at each named scene it
 * waits until the UI has settled, takes a real screenshot of every showing window, reads the
 * texts each window shows, and rewrites the scene manifest (after every scene, so a demo that
 * exits by itself leaves a complete one).
 */
final class SceneCamera {
    private final Path outDir;
    private final AppScreen screen;
    private final SceneManifest manifest;

    SceneCamera(Path outDir, AppScreen screen, String laf, String lafClass, double uiScale) throws Exception {
        this.outDir = Files.createDirectories(outDir);
        this.screen = screen;
        this.manifest = new SceneManifest(laf, lafClass, uiScale);
    }

    /** A Swing app's camera: the current look and feel, screenshots with {@code java.awt.Robot}. */
    static SceneCamera swing(Path outDir, String laf, double uiScale) throws Exception {
        return new SceneCamera(
                outDir,
                new SwingScreen(),
                laf,
                javax.swing.UIManager.getLookAndFeel().getClass().getName(),
                uiScale);
    }

    /**
     * Waits for the UI to settle, shoots every showing window, then holds the scene
     * {@code holdMs} so the recorder, which captures at most a few times a second, has recorded
     * it before the next scene changes anything.
     */
    void scene(String name, long holdMs) throws Exception {
        screen.settle();
        long at = System.currentTimeMillis();
        List<SceneManifest.Shot> shots = shoot(name);
        long used = System.currentTimeMillis() - at;
        Thread.sleep(Math.max(0, holdMs - used));
        manifest.add(new SceneManifest.Scene(name, at, System.currentTimeMillis(), shots));
        manifest.write(outDir.resolve(SceneManifest.FILE_NAME));
        System.out.println("FIDELITY scene " + name + " " + at + " windows=" + shots.size());
    }

    /** Records a scene whose moment was reached at {@code at} and holds until {@code until}. */
    void sceneHeldUntil(String name, long until) throws Exception {
        screen.settle();
        long at = System.currentTimeMillis();
        List<SceneManifest.Shot> shots = shoot(name);
        long now = System.currentTimeMillis();
        if (now > until) {
            System.out.println("FIDELITY scene " + name + " took past its hold (" + (now - until) + " ms)");
        }
        manifest.add(new SceneManifest.Scene(name, at, Math.max(until, now), shots));
        manifest.write(outDir.resolve(SceneManifest.FILE_NAME));
        System.out.println("FIDELITY scene " + name + " " + at + " windows=" + shots.size());
    }

    private List<SceneManifest.Shot> shoot(String scene) throws Exception {
        Rectangle bounds = screen.screen();
        List<SceneManifest.Shot> shots = new ArrayList<>();
        int index = 0;
        for (SceneManifest.Shot shot : screen.windows()) {
            Rectangle area = shot.bounds.intersection(bounds);
            if (area.isEmpty()) {
                continue;
            }
            BufferedImage image = screen.capture(area);
            String file = scene + "-" + (index++) + ".png";
            ImageIO.write(image, "png", outDir.resolve(file).toFile());
            shots.add(shot.captured(area, file));
        }
        return shots;
    }
}
