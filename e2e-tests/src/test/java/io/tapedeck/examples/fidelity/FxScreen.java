package io.tapedeck.examples.fidelity;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A JavaFX app's screen for the {@link SceneCamera}: windows ({@code Window.getWindows()}:
 * stages, dialogs, popups) and their texts from the scene graph on the FX thread, screenshots
 * with JavaFX's own {@code Robot} (no AWT in the app's process). UI scale 1.
 */
final class FxScreen implements AppScreen {
    /**
     * The FX thread idle (the last change laid out), then until the screen stops changing:
     * JavaFX renders on its own thread after the pulse, so an idle FX thread does not mean the
     * X server shows the new frame yet (a tab switch can take a few frames to reach the screen).
     */
    @Override
    public void settle() throws Exception {
        int[] previous = null;
        for (int round = 0; round < 20; round++) {
            onFx(() -> null);
            Thread.sleep(50);
            int[] now = onFx(FxScreen::showingPixels);
            if (previous != null && java.util.Arrays.equals(previous, now)) {
                return;
            }
            previous = now;
        }
        System.out.println("FIDELITY the screen did not settle in 20 rounds; the scene is shot as it is");
    }

    /** The pixels of every showing window, one after the other (FX thread). */
    private static int[] showingPixels() {
        Robot robot = new Robot();
        java.util.List<int[]> parts = new ArrayList<>();
        int total = 0;
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getWidth() <= 0 || w.getHeight() <= 0) {
                continue;
            }
            WritableImage shot = robot.getScreenCapture(null, w.getX(), w.getY(), w.getWidth(), w.getHeight(), false);
            int width = (int) shot.getWidth();
            int height = (int) shot.getHeight();
            int[] argb = new int[width * height];
            shot.getPixelReader()
                    .getPixels(
                            0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
            parts.add(argb);
            total += argb.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Override
    public List<SceneManifest.Shot> windows() throws Exception {
        return onFx(() -> {
            List<SceneManifest.Shot> shots = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (!w.isShowing() || w.getScene() == null || w.getWidth() <= 0 || w.getHeight() <= 0) {
                    continue;
                }
                String title = w instanceof Stage ? ((Stage) w).getTitle() : null;
                Rectangle bounds = new Rectangle(
                        (int) Math.round(w.getX()), (int) Math.round(w.getY()), (int) Math.ceil(w.getWidth()), (int)
                                Math.ceil(w.getHeight()));
                shots.add(new SceneManifest.Shot(
                        title, w.getClass().getName(), bounds, null, null, FxVisibleTexts.of(w)));
            }
            return shots;
        });
    }

    @Override
    public Rectangle screen() throws Exception {
        return onFx(() -> {
            Rectangle2D b = Screen.getPrimary().getBounds();
            return new Rectangle((int) b.getMinX(), (int) b.getMinY(), (int) b.getWidth(), (int) b.getHeight());
        });
    }

    @Override
    public BufferedImage capture(Rectangle area) throws Exception {
        WritableImage shot =
                onFx(() -> new Robot().getScreenCapture(null, area.x, area.y, area.width, area.height, false));
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }

    /** Runs {@code action} on the FX thread and waits (at most 10 s) for its result. */
    static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
