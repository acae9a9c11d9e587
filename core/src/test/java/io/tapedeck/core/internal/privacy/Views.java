package io.tapedeck.core.internal.privacy;

import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.List;

/** Small view trees for privacy tests, and a way to find a node in a masked tree. */
final class Views {
    private Views() {}

    static final List<String> SSN_FIELD = List.of(
            "com.acme.SsnField",
            "javax.swing.JTextField",
            "javax.swing.text.JTextComponent",
            "javax.swing.JComponent",
            "java.awt.Container",
            "java.awt.Component");
    static final List<String> PHOTO =
            List.of("com.acme.Photo", "javax.swing.JComponent", "java.awt.Container", "java.awt.Component");

    static ViewNode.Builder node(long key, ViewKind kind) {
        return ViewNode.builder(key, kind).bounds(3, 4, 120, 22);
    }

    static ViewNode field(long key, String value) {
        return node(key, ViewKind.TEXT_FIELD)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .text(value)
                .build();
    }

    static ViewNode label(long key, String text) {
        return node(key, ViewKind.LABEL).text(text).build();
    }

    static ViewNode panel(long key, ViewNode... kids) {
        ViewNode.Builder b = node(key, ViewKind.PANEL).bounds(0, 0, 400, 300);
        for (ViewNode k : kids) b.child(k);
        return b.build();
    }

    static ViewNode desktop(ViewNode... kids) {
        ViewNode.Builder window =
                ViewNode.builder(2, ViewKind.WINDOW).bounds(0, 0, 500, 400).text("Customers");
        for (ViewNode k : kids) window.child(k);
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 500, 400)
                .child(window.build())
                .build();
    }

    /** The node with {@code key} anywhere in the tree, or an error. */
    static ViewNode find(ViewNode root, long key) {
        List<ViewNode> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            ViewNode n = todo.remove(todo.size() - 1);
            if (n.key() == key) return n;
            todo.addAll(n.children());
        }
        throw new AssertionError("no node " + key);
    }

    static ImageData image(int width, int height) {
        return new ImageData() {
            @Override
            public String contentKey() {
                return "img" + width + "x" + height;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public String toDataUrl() {
                return "data:image/png;base64,SECRETPIXELS";
            }
        };
    }
}
