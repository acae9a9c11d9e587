package io.tapedeck.agent.itapps;

import javafx.application.Application;
import javafx.embed.swing.SwingNode;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A JavaFX app that embeds Swing in a {@code SwingNode}, for the agent's ITs: a stage with a
 * JavaFX label above a Swing panel whose label changes half-way; exits after the given
 * milliseconds and prints {@code app done}.
 */
public final class JavaFxWithSwingApp extends Application {
    @Override
    public void start(Stage stage) {
        long hold = Long.parseLong(
                getParameters().getRaw().isEmpty()
                        ? "3000"
                        : getParameters().getRaw().get(0));
        SwingNode swing = new SwingNode();
        JLabel[] swingLabel = new JLabel[1];
        SwingUtilities.invokeLater(() -> {
            swingLabel[0] = new JLabel("Swing inside JavaFX");
            JPanel panel = new JPanel();
            panel.add(swingLabel[0]);
            swing.setContent(panel);
        });
        BorderPane root = new BorderPane(swing);
        root.setTop(new Label("JavaFX host label"));
        stage.setTitle("JavaFX host");
        stage.setScene(new Scene(root, 420, 260));
        stage.setX(60);
        stage.setY(50);
        stage.show();
        FxApp.changeHalfwayThenExit(
                hold, () -> SwingUtilities.invokeLater(() -> swingLabel[0].setText("Swing inside JavaFX changed")));
    }

    /** The main class (Java's launcher refuses an {@code Application} main class with JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(JavaFxWithSwingApp.class, args);
            System.out.println("app done");
            System.exit(0);
        }
    }
}
