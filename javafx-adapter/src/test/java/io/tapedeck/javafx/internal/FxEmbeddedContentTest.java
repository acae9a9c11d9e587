package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.all;
import static io.tapedeck.javafx.internal.FxScenes.elements;
import static io.tapedeck.javafx.internal.FxScenes.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.privacy.ImageMasking;
import io.tapedeck.core.internal.privacy.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.ViewNode;

import java.util.List;
import javafx.embed.swing.SwingNode;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;

/** Content JavaFX shows but does not hold as nodes: a web page, a Swing component. */
class FxEmbeddedContentTest {
    private static List<ViewNode> byClass(ViewNode root, String className) {
        return all(root, n -> className.equals(n.className()));
    }

    private static boolean showsText(ViewNode root, String text) {
        return !all(root, n -> text.equals(n.text())).isEmpty();
    }

    @Test
    void aWebViewIsABlockedPlaceholderByDefault() {
        try (FxScenes fx = new FxScenes()) {
            fx.show(new VBox(new Label("before"), new WebView()), 300, 200);
            ViewNode root = fx.capture();
            ViewNode web = byClass(root, FxKinds.WEB_VIEW).get(0);
            assertTrue(web.has(ViewNode.BLOCKED));
            assertTrue(web.children().isEmpty());
            assertEquals(300, web.width(), "as wide as the box it holds");
            assertFalse(showsText(root, "page text"), "nothing of the page is read");
            assertEquals(1, elements(render(root), n -> ViewRenderer.BLOCKED.equals(n.attributes().get(ViewRenderer.PRIVACY))).size());
        }
    }

    @Test
    void aWebViewStyledUnmaskIsRecorded() {
        try (FxScenes fx = new FxScenes()) {
            WebView web = new WebView();
            web.getStyleClass().add(FxMarkers.UNMASK);
            fx.show(new VBox(web), 300, 200);
            ViewNode node = byClass(fx.capture(), FxKinds.WEB_VIEW).get(0);
            assertFalse(node.has(ViewNode.BLOCKED));
            assertEquals(io.tapedeck.core.internal.view.ViewKind.CUSTOM, node.kind(), "a painted box");
            assertTrue(node.drawing() != null && node.drawing().hasText(), "its look is recorded: " + node.drawing());
            assertTrue(node.drawing().elements().stream().anyMatch(e -> e.role() == io.tapedeck.core.internal.view.DrawElement.Role.IMAGE),
                    "the page, as WebKit rendered it, is an image of the node: " + node.drawing());
        }
    }

    @Test
    void aWebViewUnmaskedByARuleIsRecorded() throws Exception {
        PrivacyPolicy unmaskWeb = PrivacyPolicy.of(MaskLevel.LIGHT, ImageMasking.NONE,
                PrivacyRules.parse("unmask: class=javafx.scene.web.WebView"));
        try (FxScenes fx = new FxScenes(unmaskWeb)) {
            fx.show(new VBox(new WebView()), 300, 200);
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
