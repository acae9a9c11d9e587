package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.fx;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.privacy.Masker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.PixelImage;
import io.tapedeck.core.internal.view.ViewNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.effect.DropShadow;
import javafx.scene.effect.InnerShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** Drawings through the real pipeline: FxSnapshotBuilder, core's masking and core's SVG renderer. */
class FxDrawingsRenderTest extends FxStageTest {
    private static final PrivacyPolicy SHOW = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);

    private ViewNode capture() throws Exception {
        Image icon = new Image(new ByteArrayInputStream(new PixelImage(4, 4, new int[] {
                    0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF, 0xFF000000, 0xFFFF0000, 0xFF00FF00, 0xFF0000FF,
                    0xFFFFFFFF, 0xFF000000, 0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF, 0xFF000000, 0xFF123456
                })
                .png()));
        return fx(() -> {
            Path chart = new Path(new MoveTo(0, 40), new LineTo(30, 10), new LineTo(60, 30));
            chart.setStroke(Color.web("#2266aa"));
            chart.setStrokeWidth(2);
            Button shadowed = new Button("Shadowed");
            shadowed.setEffect(new DropShadow(6, 2, 2, Color.web("#000000", 0.4)));
            Button inner = new Button("Inner");
            inner.setEffect(new InnerShadow());
            Text caption = new Text("Sales by month");
            stage = show(new VBox(6, new Pane(chart), caption, new ImageView(icon), shadowed, inner), 300, 300);
            return new FxSnapshotBuilder(SHOW).capture();
        });
    }

    private static List<DomNode> all(DomNode n, Predicate<DomNode> p) {
        List<DomNode> out = new ArrayList<>();
        collect(n, p, out);
        return out;
    }

    private static void collect(DomNode n, Predicate<DomNode> p, List<DomNode> out) {
        if (p.test(n)) out.add(n);
        for (DomNode c : n.children()) collect(c, p, out);
    }

    private static Predicate<DomNode> tag(String t) {
        return n -> t.equals(n.tag());
    }

    @Test
    void shapesTextImagesAndShadowsRenderAsSvgWithEachImageInTheLibraryOnce() throws Exception {
        DomNode dom = new ViewRenderer()
                .render(new Masker(SHOW).mask(capture()), null)
                .dom();
        DomNode chart = all(dom, tag("path")).stream()
                .filter(n -> "#2266aa".equals(n.attributes().get("stroke")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the chart line as a path: " + dom));
        assertEquals("2", chart.attributes().get("stroke-width"));
        assertTrue(chart.isSvg());
        DomNode caption = all(
                        dom,
                        n -> "text".equals(n.tag())
                                && !n.children().isEmpty()
                                && "Sales by month".equals(n.children().get(0).text()))
                .get(0);
        assertNull(caption.attributes().get("font-family"), "DejaVu Sans is the stylesheet's font: left out");
        assertEquals("13", caption.attributes().get("font-size"));
        List<DomNode> uses = all(dom, tag("use"));
        assertEquals(1, uses.size(), "the icon");
        String href = uses.get(0).attributes().get("href");
        assertTrue(href.startsWith("#tdi-"), href);
        List<DomNode> symbols = all(
                dom,
                n -> "symbol".equals(n.tag())
                        && href.equals("#" + n.attributes().get("id")));
        assertEquals(1, symbols.size(), "the image sits in the library once");
        assertTrue(symbols.get(0).children().get(0).attributes().get("href").startsWith("data:image/png;base64,"));
        List<DomNode> shadows = all(dom, tag("feDropShadow"));
        assertEquals(1, shadows.size(), "the drop shadow is a filter; the inner shadow is left out");
        assertEquals("2", shadows.get(0).attributes().get("dx"));
        assertEquals("0.4", shadows.get(0).attributes().get("flood-opacity"));
        String filterId = all(dom, tag("filter")).get(0).attributes().get("id");
        assertFalse(
                all(dom, n -> ("url(#" + filterId + ")").equals(n.attributes().get("filter")))
                        .isEmpty(),
                "the shadowed button's own background uses the filter");
    }

    @Test
    void coreMasksImagesAsSwingsAreMasked() throws Exception {
        PrivacyPolicy hideImages = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.ALL, PrivacyRules.NONE);
        DomNode dom = new ViewRenderer()
                .render(new Masker(hideImages).mask(capture()), null)
                .dom();
        assertTrue(
                all(
                                dom,
                                n -> n.attributes().get("href") != null
                                        && n.attributes().get("href").startsWith("data:"))
                        .isEmpty(),
                "no pixels leave the app");
        assertNotNull(all(dom, n -> "masked-image".equals(n.attributes().get("data-td-privacy")))
                .get(0));
        assertFalse(all(dom, n -> "text".equals(n.tag())).isEmpty(), "text still shows at the light level");
    }
}
