package io.tapedeck.agent.itapps;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A small JavaFX app that knows nothing about Tapedeck, run in child JVMs by the agent's ITs:
 * shows a stage, changes a label, and exits after the given milliseconds. Prints
 * {@code app done} at the end.
 */
public final class FxApp extends Application {
    @Override
    public void start(Stage stage) {
        Label label = new Label("JavaFX customer");
        VBox root = new VBox(8, label, new TextField("Ada"), new Button("Save"));
        stage.setTitle("Tapedeck FX IT app");
        stage.setScene(new Scene(root, 320, 160));
        stage.show();
        long hold = Long.parseLong(
                getParameters().getRaw().isEmpty()
                        ? "2000"
                        : getParameters().getRaw().get(0));
        changeHalfwayThenExit(hold, () -> Platform.runLater(() -> label.setText("JavaFX customer saved")));
    }

    /**
     * The JavaFX IT apps' timeline, off the FX thread: {@code change} half-way through
     * {@code holdMs}, then JavaFX exits at the end.
     */
    static void changeHalfwayThenExit(long holdMs, Runnable change) {
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(holdMs / 2);
                change.run();
                Thread.sleep(holdMs / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(Platform::exit);
        });
        exit.setDaemon(true);
        exit.start();
    }

    /**
     * The main class. It is not the {@code Application} itself: Java's launcher refuses an
     * {@code Application} main class when JavaFX is on the class path, as in many real apps.
     */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxApp.class, args);
            System.out.println("app done");
        }
    }

    /** The same app, recorded through the API instead of the agent: {@code Tapedeck.start()} first. */
    public static final class StartsTapedeck {
        public static void main(String[] args) {
            io.tapedeck.Tapedeck.start();
            Application.launch(FxApp.class, args);
            io.tapedeck.Tapedeck.stop();
            System.out.println("app done");
        }
    }
}
