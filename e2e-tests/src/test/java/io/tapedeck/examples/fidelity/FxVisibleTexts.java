package io.tapedeck.examples.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The texts a JavaFX window shows right now, read from its scene graph on the FX thread: what a
 * viewer of the replay must find again. Every control draws its texts with {@code Text} nodes
 * (a label's possibly shortened caption, a field's content, a cell's value, a tab's title), so
 * those are what counts: visible (the node and every ancestor), not transparent, and inside the
 * window and every clip above them (a scroll pane's viewport, a virtual flow's). Plus the
 * window's title. Never a password field's content.
 */
final class FxVisibleTexts {
    private FxVisibleTexts() {}

    static List<String> of(Window window) {
        Set<String> texts = new LinkedHashSet<>();
        if (window instanceof Stage) {
            add(texts, ((Stage) window).getTitle());
        }
        Scene scene = window.getScene();
        if (scene != null && scene.getRoot() != null) {
            Bounds sceneArea = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
            walk(scene.getRoot(), sceneArea, texts);
        }
        return new ArrayList<>(texts);
    }

    /** @param visibleArea the part of the scene this node may show in (scene coordinates) */
    private static void walk(Node node, Bounds visibleArea, Set<String> texts) {
        if (!node.isVisible() || node.getOpacity() <= 0 || node instanceof PasswordField) {
            return;
        }
        Bounds area = visibleArea;
        if (node.getClip() != null) {
            area = intersection(area, node.localToScene(node.getClip().getBoundsInParent()));
            if (area == null) {
                return;
            }
        }
        if (node instanceof Text) {
            Bounds own = node.localToScene(node.getBoundsInLocal());
            Bounds shown = intersection(area, own);
            // Most of the text must be inside: a line cut in half by a viewport does not count.
            if (shown != null && shown.getWidth() * shown.getHeight() >= 0.6 * own.getWidth() * own.getHeight()) {
                add(texts, ((Text) node).getText());
            }
            return;
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, area, texts);
            }
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        if (maxX <= minX || maxY <= minY) {
            return null;
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
