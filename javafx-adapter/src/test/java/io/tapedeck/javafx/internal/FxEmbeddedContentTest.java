package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.elements;
import static io.tapedeck.javafx.internal.FxScenes.render;
import static io.tapedeck.testing.ViewTrees.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.PixelImage;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingNode;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;

/**
 * Content JavaFX shows but does not hold as nodes: a web page (a real WebView: javafx-web is a
 * test dependency), a Swing component (a stand-in: the real one is AgentRecordsBothToolkitsIT's).
 */
class FxEmbeddedContentTest {
    private static List<ViewNode> byClass(ViewNode root, String className) {
        return all(root, n -> className.equals(n.className()));
    }

    private static boolean showsText(ViewNode root, String text) {
        return !all(root, n -> text.equals(n.text())).isEmpty();
    }

    /** Black words on white: a page whose pixels tell whether it was drawn. */
    private static final String PAGE = "<html><body style='margin:0;background:#fff;color:#000'>"
            + "<h1 style='font-size:40px'>page text</h1></body></html>";

    /** A real WebView (javafx-web) with {@link #PAGE} loaded and painted. */
    private static WebView loadedWebView() {
        WebView web = FxScenes.on(WebView::new);
        FxScenes.fx(() -> web.getEngine().loadContent(PAGE));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (FxScenes.on(() -> web.getEngine().getLoadWorker().getState()) != Worker.State.SUCCEEDED) {
            assertTrue(System.nanoTime() < deadline, "the page did not load");
            FxScenes.settle();
        }
        return web;
    }

    private static PixelImage pageImage(ViewNode node) {
        if (node.drawing() == null) return null;
        return node.drawing().elements().stream()
                .filter(e -> e.role() == DrawElement.Role.IMAGE)
                .map(e -> (PixelImage) e.image())
                .findFirst()
                .orElse(null);
    }

    private static int darkPixels(PixelImage image) {
        int dark = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int c = image.argb(x, y);
                if ((c >>> 24) > 200 && ((c >> 16 & 0xff) + (c >> 8 & 0xff) + (c & 0xff)) < 150) dark++;
            }
        }
        return dark;
    }

    @Test
    void aWebViewIsABlockedPlaceholderByDefault() {
        try (FxScenes fx = new FxScenes()) {
            WebView page = loadedWebView();
            fx.show(new VBox(new Label("before"), page), 300, 200);
            ViewNode root = fx.capture();
            ViewNode web = byClass(root, FxKinds.WEB_VIEW).get(0);
            assertTrue(web.has(ViewNode.BLOCKED));
            assertTrue(web.children().isEmpty());
            assertNull(pageImage(web), "no pixels of the page");
            assertEquals(300, web.width(), "as wide as the box it holds");
            assertEquals(
                    1,
                    elements(
                                    render(root),
                                    n -> ViewRenderer.BLOCKED.equals(
                                            n.attributes().get(ViewRenderer.PRIVACY)))
                            .size());
        }
    }

    @Test
    void aWebViewStyledUnmaskIsRecordedAsThePageWebKitDrew() {
        try (FxScenes fx = new FxScenes()) {
            WebView web = loadedWebView();
            web.getStyleClass().add(FxPrivacyFacts.UNMASK);
            fx.show(new VBox(web), 300, 200);
            long deadline = System.nanoTime() + 10_000_000_000L;
            ViewNode node;
            PixelImage image;
            do { // WebKit paints on pulses after the load; the canvas rate limit spaces re-reads
                node = byClass(fx.capture(), FxKinds.WEB_VIEW).get(0);
                image = pageImage(node);
            } while ((image == null || darkPixels(image) < 100) && System.nanoTime() < deadline);
            assertFalse(node.has(ViewNode.BLOCKED));
            assertEquals(io.tapedeck.core.internal.view.ViewKind.CUSTOM, node.kind(), "a painted box");
            assertTrue(image != null, "the page is an image of the node: " + node.drawing());
            assertEquals(300, image.width());
            assertTrue(
                    darkPixels(image) >= 100,
                    "the page's black words are in it: " + darkPixels(image) + " dark pixels");
            assertEquals(0xFFFFFFFF, image.argb(image.width() - 2, image.height() - 2), "on the page's white");
        }
    }

    @Test
    void aWebViewUnmaskedByARuleIsRecorded() throws Exception {
        PrivacyPolicy unmaskWeb = PrivacyPolicy.of(
                MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.parse("unmask: class=javafx.scene.web.WebView"));
        try (FxScenes fx = new FxScenes(unmaskWeb)) {
            fx.show(new VBox(loadedWebView()), 300, 200);
            assertFalse(byClass(fx.capture(), FxKinds.WEB_VIEW).get(0).has(ViewNode.BLOCKED));
        }
    }

    @Test
    void aSwingNodeIsABareBoxForTheSwingSideToFill() {
        try (FxScenes fx = new FxScenes()) {
            fx.show(new VBox(new Label("before"), new SwingNode()), 300, 200);
            ViewNode root = fx.capture();
            ViewNode swing = byClass(root, FxKinds.SWING_NODE).get(0);
            assertTrue(swing.children().isEmpty());
            assertNull(swing.drawing());
            assertFalse(swing.has(ViewNode.BLOCKED));
            assertEquals(300, swing.width(), "as wide as the box it holds");
            assertEquals(80, swing.height());
            assertFalse(showsText(root, "swing content"));
        }
    }
}
