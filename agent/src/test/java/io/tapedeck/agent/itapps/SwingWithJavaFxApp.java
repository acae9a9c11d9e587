package io.tapedeck.agent.itapps;

import java.awt.BorderLayout;
import javafx.application.Platform;
import javafx.embed.swing.JFXPanel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * A Swing app that embeds a JavaFX scene in a {@code JFXPanel}, for the agent's ITs: a frame
 * with a Swing label above the JavaFX panel, whose label changes half-way; exits after the
 * given milliseconds and prints {@code app done}.
 */
public final class SwingWithJavaFxApp {
    private SwingWithJavaFxApp() {}

    public static void main(String[] args) throws Exception {
        long hold = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        Label[] fxLabel = new Label[1];
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame("Swing host");
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            JFXPanel panel = new JFXPanel(); // starts JavaFX
            frame.add(new JLabel("Swing side label"), BorderLayout.NORTH);
            frame.add(panel, BorderLayout.CENTER);
            frame.setBounds(40, 40, 420, 260);
            frame.setVisible(true);
            Platform.runLater(() -> {
                fxLabel[0] = new Label("JavaFX inside Swing");
                panel.setScene(new Scene(new VBox(8, fxLabel[0], new Button("FX button")), 400, 200));
            });
        });
        Thread.sleep(hold / 2);
        Platform.runLater(() -> fxLabel[0].setText("JavaFX inside Swing changed"));
        Thread.sleep(hold / 2);
        System.out.println("app done");
        System.exit(0);
    }
}
