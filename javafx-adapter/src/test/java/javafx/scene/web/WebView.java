package javafx.scene.web;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A stand-in for JavaFX's WebView, which lives in javafx-web (not a dependency of the adapter:
 * it recognises a WebView by class name). Shows "page text" as a child, so a test can tell
 * whether anything of the "page" was recorded.
 */
public class WebView extends StackPane {
    public WebView() {
        getChildren().add(new Label("page text"));
        setPrefSize(200, 80);
    }
}
