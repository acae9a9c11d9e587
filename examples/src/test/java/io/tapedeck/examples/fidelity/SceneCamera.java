package io.tapedeck.examples.fidelity;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Runs inside the recorded app: at each named scene it waits until Swing has painted, takes a
 * real screenshot of every showing window, reads the texts each window shows, and rewrites the
 * scene manifest (after every scene, so a demo that exits by itself leaves a complete one).
 *
 * <p>The screenshots are in device pixels ({@code sun.java2d.uiScale} applied), the bounds in
 * Swing's user space, as the recording has them.
 */
final class SceneCamera {
    private final Path outDir;
    private final Robot robot;
    private final SceneManifest manifest;

    SceneCamera(Path outDir, String laf, double uiScale) throws Exception {
        this.outDir = Files.createDirectories(outDir);
        this.robot = new Robot();
        this.manifest = new SceneManifest(laf, javax.swing.UIManager.getLookAndFeel().getClass().getName(), uiScale);
    }

    /**
     * Waits for the EDT to go idle and the screen to settle, shoots every showing window, then
     * holds the scene {@code holdMs} so the recorder, which captures at most a few times a
     * second, has recorded it before the next scene changes anything.
     */
    void scene(String name, long holdMs) throws Exception {
        settle();
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
        settle();
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

    /** EDT idle twice over, the X server done, and a little time for asynchronous painting. */
    static void settle() throws Exception {
        SwingUtilities.invokeAndWait(SceneCamera::realignDialogs);
        for (int round = 0; round < 2; round++) {
            Toolkit.getDefaultToolkit().sync();
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(40);
        }
        Toolkit.getDefaultToolkit().sync();
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(90);
        Toolkit.getDefaultToolkit().sync();
    }

    /**
     * Without a window manager (Xvfb) the X server and AWT sometimes disagree about where a
     * just-opened dialog is, and the screenshot of its bounds shows whatever lies there. Moving
     * each dialog by a pixel and back makes them agree (the CRM autopilot's remedy too). Frames
     * are left alone: moving a window closes its open popup menus.
     */
    private static void realignDialogs() {
        for (Window w : Window.getWindows()) {
            if (w instanceof java.awt.Dialog && w.isShowing()) {
                java.awt.Point p = w.getLocation();
                w.setLocation(p.x + 1, p.y);
                w.setLocation(p);
            }
        }
    }

    private List<SceneManifest.Shot> shoot(String scene) throws Exception {
        AtomicReference<List<SceneManifest.Shot>> read = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> read.set(readWindows()));
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
            .getDefaultConfiguration().getBounds();
        List<SceneManifest.Shot> shots = new ArrayList<>();
        int index = 0;
        for (SceneManifest.Shot shot : read.get()) {
            Rectangle area = shot.bounds.intersection(screen);
            if (area.isEmpty()) {
                continue;
            }
            BufferedImage image = deviceCapture(area);
            String file = scene + "-" + (index++) + ".png";
            ImageIO.write(image, "png", outDir.resolve(file).toFile());
            shots.add(shot.captured(area, file));
        }
        return shots;
    }

    /** Every showing window, on the EDT: bounds, title, class and visible texts. */
    private static List<SceneManifest.Shot> readWindows() {
        List<SceneManifest.Shot> shots = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getWidth() <= 0 || w.getHeight() <= 0) {
                continue;
            }
            shots.add(new SceneManifest.Shot(VisibleTexts.titleOf(w), w.getClass().getName(), w.getBounds(),
                null, null, VisibleTexts.of(w)));
        }
        return shots;
    }

    /** The screen area in device pixels: the largest resolution variant of the capture. */
    private BufferedImage deviceCapture(Rectangle area) {
        MultiResolutionImage multi = robot.createMultiResolutionScreenCapture(area);
        Image best = null;
        for (Image variant : multi.getResolutionVariants()) {
            if (best == null || variant.getWidth(null) > best.getWidth(null)) {
                best = variant;
            }
        }
        if (best instanceof BufferedImage) {
            return (BufferedImage) best;
        }
        BufferedImage copy = new BufferedImage(best.getWidth(null), best.getHeight(null), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(best, 0, 0, null);
        return copy;
    }
}
