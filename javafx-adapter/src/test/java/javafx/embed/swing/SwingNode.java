package javafx.embed.swing;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A stand-in for JavaFX's SwingNode (javafx-swing is not a dependency of the adapter: it
 * recognises a SwingNode by class name). Its child stands for what the real one shows, which
 * the Swing side records.
 */
public class SwingNode extends StackPane {
    public SwingNode() {
        getChildren().add(new Label("swing content"));
        setPrefSize(200, 80);
    }
}
