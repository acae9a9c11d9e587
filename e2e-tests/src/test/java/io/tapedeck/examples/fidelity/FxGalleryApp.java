package io.tapedeck.examples.fidelity;

import java.nio.file.Path;
import java.nio.file.Paths;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The scripted JavaFX app of the fidelity check: {@code FxGalleryApp$Main OUT_DIR}, run under
 * the agent. Walks the {@link FxGallery}'s scenes, then Tapedeck Inventory's
 * ({@link InventoryScenes}), shooting each through a {@link SceneCamera} with an
 * {@link FxScreen} into OUT_DIR, then exits (the agent's shutdown hook writes the last
 * events).
 */
public final class FxGalleryApp extends Application {
    /**
     * How long a scene stays after its screenshots, for the recorder to catch up: it captures a
     * few times a second within a per-second FX-thread budget, and a capture of a new tab or a
     * new window can spend that second's budget.
     */
    private static final long HOLD_MS = 900;
    /** For scenes that change much at once (a tab, a dialog). */
    private static final long BIG_HOLD_MS = 1400;

    private FxGallery g;

    @Override
    public void start(Stage stage) {
        g = new FxGallery(stage);
        stage.show();
        Path out = Paths.get(getParameters().getRaw().get(0));
        Thread script = new Thread(() -> script(out), "fidelity-script");
        script.setDaemon(true);
        script.start();
    }

    private void script(Path out) {
        GalleryApp.startWatchdog();
        try {
            SceneCamera camera = new SceneCamera(
                    out,
                    new FxScreen(),
                    "modena",
                    "JavaFX " + System.getProperty("javafx.runtime.version") + ", Modena",
                    1);
            Thread.sleep(600); // the first capture of a whole stage is the recorder's largest
            camera.scene("controls", BIG_HOLD_MS);

            fx(() -> g.period.show());
            camera.scene("combo-open", HOLD_MS);
            fx(() -> g.period.hide());

            fx(() -> g.date.show());
            camera.scene("date-picker-open", BIG_HOLD_MS);
            fx(() -> g.date.hide());

            fx(() -> g.fileMenu.show());
            camera.scene("menu-open", HOLD_MS);
            fx(() -> g.fileMenu.hide());

            fx(() -> g.contextMenu.show(g.contextOwner, Side.BOTTOM, 0, 0));
            camera.scene("context-menu", HOLD_MS);
            fx(() -> g.contextMenu.hide());

            fx(() -> {
                Point2D at = g.tooltipOwner.localToScreen(8, g.tooltipOwner.getHeight() + 6);
                g.tooltipOwner.getTooltip().show(g.tooltipOwner, at.getX(), at.getY());
            });
            camera.scene("tooltip", HOLD_MS);
            fx(() -> g.tooltipOwner.getTooltip().hide());

            fx(() -> g.tabs.getSelectionModel().select(1));
            camera.scene("data", BIG_HOLD_MS);

            fx(() -> g.tabs.getSelectionModel().select(2));
            camera.scene("layout", BIG_HOLD_MS);

            fx(() -> g.tabs.getSelectionModel().select(3));
            camera.scene("shapes", BIG_HOLD_MS);

            Alert[] alert = new Alert[1];
            fx(() -> {
                alert[0] = new Alert(
                        Alert.AlertType.CONFIRMATION,
                        "Save the changes to april-report.csv?",
                        ButtonType.YES,
                        ButtonType.NO,
                        ButtonType.CANCEL);
                alert[0].setTitle("Unsaved changes");
                alert[0].initOwner(g.stage);
                alert[0].initModality(Modality.NONE);
                alert[0].setX(120);
                alert[0].setY(140);
                alert[0].show();
            });
            camera.scene("alert", BIG_HOLD_MS);
            fx(() -> alert[0].close());

            new InventoryScenes(camera).run(g.stage);
            GalleryApp.done();
        } catch (Throwable t) {
            GalleryApp.failed(t);
        }
    }

    private static void fx(Runnable action) throws Exception {
        FxScreen.onFx(() -> {
            action.run();
            return null;
        });
    }

    /**
     * The main class. It is not the {@code Application} itself: Java's launcher refuses an
     * {@code Application} main class when JavaFX is on the class path.
     */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxGalleryApp.class, args);
        }
    }
}
