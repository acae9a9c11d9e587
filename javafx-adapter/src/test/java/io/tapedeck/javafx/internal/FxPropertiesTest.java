package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.elements;
import static io.tapedeck.javafx.internal.FxScenes.ofKind;
import static io.tapedeck.javafx.internal.FxScenes.render;
import static io.tapedeck.javafx.internal.FxScenes.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.dom.Changes;
import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.dom.TreeDiffer;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.ViewTrees;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** {@code tapedeck.recordPainting=false}: controls described by their properties, drawn by core with CSS. */
class FxPropertiesTest {
    @Test
    void controlsAreTheirPropertiesAndATextFieldIsAFormInput() {
        try (FxScenes fx = new FxScenes()) {
            Label label = new Label("Stock");
            label.setStyle("-fx-text-fill: #cc2200; -fx-font-size: 18px; -fx-font-weight: bold;");
            Canvas canvas = new Canvas(40, 20);
            FxScenes.fx(() -> {
                canvas.getGraphicsContext2D().setFill(Color.BLUE);
                canvas.getGraphicsContext2D().fillRect(0, 0, 40, 20);
            });
            TextField name = new TextField("Ada");
            fx.show(new VBox(label, name, new Button("Save"), canvas), 300, 200);
            fx.capture(); // CSS and layout applied
            FxSnapshotBuilder properties = new FxSnapshotBuilder(FxScenes.SHOW, null, false);
            ViewNode root = FxScenes.on(properties::capture);

            ViewNode stock = withText(root, "Stock");
            assertNull(stock.drawing(), "not painted");
            assertEquals(0xFFCC2200, stock.foreground(), "the text colour CSS resolved");
            assertNotNull(stock.font());
            assertEquals(18, stock.font().sizePx(), 0.01);
            assertTrue(stock.font().bold());

            ViewNode field = ofKind(root, ViewKind.TEXT_FIELD).get(0);
            assertNull(field.drawing());
            assertEquals("Ada", field.text());
            List<DomNode> inputs = elements(render(root), n -> "input".equals(n.tag()));
            assertEquals(1, inputs.size(), "a form input, so typing is an rrweb Input event");
            assertEquals("Ada", inputs.get(0).attributes().get("value"));

            FxScenes.fx(() -> name.setText("Ada L"));
            ViewNode typed = FxScenes.on(properties::capture);
            Changes changes = new Changes();
            new TreeDiffer().diff(0, render(root), render(typed), changes);
            assertEquals(1, changes.inputs.size(), "typing is one Input event");
            assertEquals("Ada L", changes.inputs.get(0).text);
            assertEquals(inputs.get(0).id(), changes.inputs.get(0).id);

            assertNull(withText(root, "Save").drawing());
            assertTrue(
                    (withText(root, "Save").background() >>> 24) != 0,
                    "Modena's button face, a gradient, as one colour");

            ViewNode drawnCanvas = ViewTrees.all(
                            root, n -> Canvas.class.getName().equals(n.className()))
                    .get(0);
            assertTrue(
                    drawnCanvas.drawing().elements().stream().anyMatch(e -> e.role() == DrawElement.Role.IMAGE),
                    "a canvas has no properties: it is still its pixels");
        }
    }
}
