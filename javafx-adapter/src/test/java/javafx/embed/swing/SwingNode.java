package javafx.embed.swing;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A stand-in for JavaFX's SwingNode (javafx-swing is not a dependency of the adapter: it
 * recognises a SwingNode by class name). Its child stands for what the real one shows, which
 * the Swing side records.
 *
 * <p>Why a class in JavaFX's package, in the tests only: the adapter's only seam is that class
 * name ({@code FxKinds.SWING_NODE}), and the real SwingNode cannot serve here. Without content
 * it is 0×0 (its size is its Swing content's), so nothing is captured; with content it needs
 * AWT, and these tests run JavaFX on Monocle with {@code java.awt.headless=true} (setContent
 * throws HeadlessException), since the adapter never touches AWT. The real SwingNode with real
 * Swing content is recorded end to end by the agent's AgentRecordsBothToolkitsIT.
 */
public class SwingNode extends StackPane {
    public SwingNode() {
        getChildren().add(new Label("swing content"));
        setPrefSize(200, 80);
    }
}
