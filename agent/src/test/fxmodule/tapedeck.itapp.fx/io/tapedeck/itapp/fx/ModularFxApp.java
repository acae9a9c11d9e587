package io.tapedeck.itapp.fx;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Shows a stage, changes its label half-way, exits after the given milliseconds (args[0]) and
 * prints {@code app done}: {@code io.tapedeck.agent.itapps.FxApp}, but as a named module.
 */
public final class ModularFxApp extends Application {
    public static void main(String[] args) {
        Application.launch(ModularFxApp.class, args);
        System.out.println("app done");
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("Modular customer");
        stage.setTitle("Tapedeck modular FX IT app");
        stage.setScene(new Scene(new VBox(8, label, new TextField("Grace"), new Button("Save")), 320, 160));
        stage.show();
        long hold = Long.parseLong(getParameters().getRaw().get(0));
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(hold / 2);
                Platform.runLater(() -> label.setText("Modular customer saved"));
                Thread.sleep(hold / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(Platform::exit);
        });
        exit.setDaemon(true);
        exit.start();
    }
}
