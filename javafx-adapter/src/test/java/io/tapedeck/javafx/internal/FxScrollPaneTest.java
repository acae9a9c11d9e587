package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.elements;
import static io.tapedeck.javafx.internal.FxScenes.fx;
import static io.tapedeck.javafx.internal.FxScenes.ofKind;
import static io.tapedeck.javafx.internal.FxScenes.render;
import static io.tapedeck.javafx.internal.FxScenes.shownBox;
import static io.tapedeck.javafx.internal.FxScenes.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A scroll pane is a viewport with a scroll offset over its content, as a JViewport is. */
class FxScrollPaneTest {
    private final FxScenes fx = new FxScenes();

    @AfterEach
    void closeWindows() {
        fx.close();
    }

    private ScrollPane lines(int count) {
        VBox content = new VBox();
        for (int i = 0; i < count; i++) content.getChildren().add(new Label("Line " + i));
        ScrollPane pane = new ScrollPane(content);
        pane.setPrefSize(200, 150);
        return pane;
    }

    @Test
    void scrollingChangesTheViewportsOffsetNotItsContent() {
        ScrollPane pane = lines(40);
        fx.show(new VBox(pane), 300, 200);
        ViewNode before = fx.capture();
        ViewNode viewport = ofKind(before, ViewKind.SCROLL_VIEWPORT).get(0);
        assertEquals(0, viewport.scrollY());
        assertEquals(1, viewport.children().size(), "one content child");
        ViewNode content = viewport.children().get(0);
        assertEquals(0, content.x());
        assertEquals(0, content.y());
        assertTrue(content.height() > 600, "the whole content, unscrolled: " + content);

        fx(() -> pane.setVvalue(1));
        ViewNode after = fx.capture();
        ViewNode scrolled = ofKind(after, ViewKind.SCROLL_VIEWPORT).get(0);
        assertTrue(scrolled.scrollY() > 400, "scrolled to the end: " + scrolled.scrollY());
        assertEquals(
                content.height() - viewport.height(),
                scrolled.scrollY(),
                "the end of the content at the viewport's bottom");
        assertSame(content, scrolled.children().get(0), "the content is the very same subtree");
    }

    @Test
    void whatScrolledAwayDoesNotShowAndWhatScrolledInDoes() {
        ScrollPane pane = lines(40);
        fx.show(new VBox(pane), 300, 200);
        fx(() -> pane.setVvalue(1));
        ViewNode root = fx.capture();
        assertNull(shownBox(root, withText(root, "Line 0")), "the first line is scrolled away");
        assertNotNull(shownBox(root, withText(root, "Line 39")), "the last line shows");
    }

    @Test
    void theReplayedViewportCarriesTheScrollOffset() {
        ScrollPane pane = lines(40);
        fx.show(new VBox(pane), 300, 200);
        fx(() -> pane.setVvalue(0.5));
        ViewNode root = fx.capture();
        ViewNode viewport = ofKind(root, ViewKind.SCROLL_VIEWPORT).get(0);
        List<DomNode> scrolled = elements(render(root), n -> n.attributes().get(ViewRenderer.SCROLL_TOP) != null);
        assertEquals(1, scrolled.size(), "one scrolled element");
        assertEquals(
                Integer.toString(viewport.scrollY()),
                scrolled.get(0).attributes().get(ViewRenderer.SCROLL_TOP));
        assertEquals("scroll_viewport", scrolled.get(0).attributes().get("data-td-kind"));
    }
}
