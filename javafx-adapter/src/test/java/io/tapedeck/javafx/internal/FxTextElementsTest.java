package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.find;
import static io.tapedeck.javafx.internal.FxTestKit.fx;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** Text drawn as JavaFX laid it out, in the font the screen used. */
class FxTextElementsTest extends FxStageTest {
    private static List<DrawElement> texts(Drawing d) {
        return find(d, e -> e.role() == DrawElement.Role.TEXT);
    }

    private static double num(DrawElement e, String name) {
        return Double.parseDouble(e.attribute(name));
    }

    @Test
    void theLogicalSystemFontIsDrawnInThePhysicalFamilyWithItsWeightAndPosture() throws Exception {
        Drawing[] d = fx(() -> {
            Label plain = new Label("Plain");
            Label bold = new Label("Bold");
            bold.setStyle("-fx-font-weight: bold; -fx-font-style: italic;");
            stage = show(new VBox(plain, bold), 200, 100);
            return new Drawing[] {FxDrawings.whole(plain, "a-"), FxDrawings.whole(bold, "b-")};
        });
        DrawElement plain = texts(d[0]).get(0);
        assertEquals("Plain", plain.text());
        assertEquals(
                "'DejaVu Sans', sans-serif",
                plain.attribute("font-family"),
                "Monocle's System font is DejaVu Sans; 'System' would mean nothing to a browser");
        assertEquals("13", plain.attribute("font-size"));
        DrawElement bold = texts(d[1]).get(0);
        assertEquals("bold", bold.attribute("font-weight"));
        assertEquals("italic", bold.attribute("font-style"));
        assertEquals("'DejaVu Sans', sans-serif", bold.attribute("font-family"));
    }

    @Test
    void aMonospacedFontKeepsAMonospaceFallback() throws Exception {
        Drawing d = fx(() -> {
            Text t = new Text("code");
            t.setFont(Font.font("Monospaced", 12));
            stage = show(new VBox(t), 100, 50);
            return FxDrawings.own(t, "m-");
        });
        assertEquals("'DejaVu Sans Mono', monospace", texts(d).get(0).attribute("font-family"));
    }

    @Test
    void wrappedTextIsOneElementPerLineWhereJavaFxBrokeAndAlignedIt() throws Exception {
        String s = "Hello wrapped world of many words here to wrap around a few times";
        Object[] r = fx(() -> {
            Text t = new Text(s);
            t.setWrappingWidth(120);
            t.setTextAlignment(TextAlignment.CENTER);
            stage = show(new VBox(t), 200, 200);
            return new Object[] {FxDrawings.own(t, "w-"), t.getBoundsInParent().getWidth()};
        });
        List<DrawElement> lines = texts((Drawing) r[0]);
        assertTrue(lines.size() >= 4, "wrapped into lines: " + lines);
        assertEquals(s, lines.stream().map(DrawElement::text).collect(Collectors.joining(" ")));
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(num(lines.get(i), "y") > num(lines.get(i - 1), "y"), "each line below the one before");
        }
        DrawElement last = lines.get(lines.size() - 1);
        double lastCentre = num(last, "x") + num(last, "textLength") / 2;
        assertEquals((double) r[1] / 2, lastCentre, 1.0, "the short last line is centred as JavaFX centred it");
        assertNotEquals(num(lines.get(0), "x"), num(last, "x"));
    }

    @Test
    void lineBreaksAndEmptyLinesKeepTheLineSpacing() throws Exception {
        Drawing d = fx(() -> {
            Text t = new Text("one\n\nthree");
            t.setUnderline(true);
            t.setStrikethrough(true);
            t.setFill(Color.web("#aa0000"));
            stage = show(new VBox(t), 100, 100);
            return FxDrawings.own(t, "l-");
        });
        List<DrawElement> lines = texts(d);
        assertEquals(
                List.of("one", "three"), lines.stream().map(DrawElement::text).collect(Collectors.toList()));
        double spacing = num(lines.get(1), "y") - num(lines.get(0), "y");
        assertEquals(2 * 15.13, spacing, 0.1, "two lines of 13px DejaVu Sans further down");
        assertEquals("underline line-through", lines.get(0).attribute("text-decoration"));
        assertEquals("#aa0000", lines.get(0).attribute("fill"));
    }

    @Test
    void aTextFlowDrawsItsTextsWhereItLaidThemOut() throws Exception {
        Drawing[] d = fx(() -> {
            Text bold = new Text("Bold start and then ");
            bold.setFont(Font.font("System", FontWeight.BOLD, 13));
            Text tail = new Text("a long plain tail that wraps across lines");
            TextFlow flow = new TextFlow(bold, tail);
            flow.setPrefWidth(150);
            stage = show(new Pane(flow), 300, 200);
            return new Drawing[] {FxDrawings.own(flow, "f-"), FxDrawings.own(tail, "t-")};
        });
        List<DrawElement> lines = texts(d[0]);
        assertEquals("Bold start and then", lines.get(0).text());
        assertEquals("bold", lines.get(0).attribute("font-weight"));
        assertTrue(lines.size() >= 3, "the tail wraps: " + lines);
        DrawElement tailStart = lines.get(1);
        assertTrue(tailStart.text().startsWith("a"), tailStart.text());
        assertTrue(
                num(tailStart, "x") > 100 || num(tailStart, "y") > num(lines.get(0), "y"),
                "the tail continues after the bold run or on the next line: " + tailStart);
        assertEquals(
                "a long plain tail that wraps across lines",
                lines.subList(1, lines.size()).stream().map(DrawElement::text).collect(Collectors.joining(" ")));
        assertTrue(d[1].elements().isEmpty(), "a text in a flow is drawn by the flow, not twice");
    }

    @Test
    void aButtonShowsItsGraphic() throws Exception {
        Drawing d = fx(() -> {
            WritableImage icon = new WritableImage(16, 16);
            for (int y = 0; y < 16; y++)
                for (int x = 0; x < 16; x++) icon.getPixelWriter().setColor(x, y, Color.ORANGE);
            Button save = new Button("Save", new ImageView(icon));
            stage = show(new VBox(save), 200, 100);
            return FxDrawings.whole(save, "s-");
        });
        List<DrawElement> images = find(d, e -> e.role() == DrawElement.Role.IMAGE);
        assertEquals(1, images.size(), d.toString());
        assertEquals(16, images.get(0).image().width());
        assertEquals("16", images.get(0).attribute("width"));
        assertEquals("Save", texts(d).get(0).text());
        assertTrue(num(texts(d).get(0), "x") > num(images.get(0), "x") + 16, "the text right of the icon");
    }
}
