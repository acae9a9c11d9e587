package io.tapedeck.collector.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds a session's window title in serialized rrweb nodes. Tapedeck renders each window as
 * an element with {@code data-td-kind="window"} carrying its title in {@code data-td-title}
 * (also when no title bar is drawn); recordings without it have the title as the text of a
 * child {@code div.tb} (the title bar). A window with no title at all is named by its
 * {@code data-td-class} (the Java class) instead.
 */
final class WindowTitles {
    private static final int ELEMENT = 2;
    private static final int TEXT = 3;
    private static final int MAX_TITLE = 200;

    private WindowTitles() {}

    /** The title of the first window in document order under {@code root}, or null. */
    static String find(JsonNode root) {
        // Iterative, depth-first, in document order: deep trees must not overflow the stack.
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (!node.isObject()) continue;
            if (isWindow(node)) {
                String title = textOrNull(node.path("attributes").path("data-td-title"));
                if (title == null) title = titleBarText(node);
                if (title == null) title = textOrNull(node.path("attributes").path("data-td-class"));
                if (title != null) return title;
            }
            JsonNode children = node.path("childNodes");
            for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
        }
        return null;
    }

    private static boolean isWindow(JsonNode node) {
        return node.path("type").asInt(-1) == ELEMENT
                && "window".equals(node.path("attributes").path("data-td-kind").asText(null));
    }

    private static String titleBarText(JsonNode window) {
        for (JsonNode child : window.path("childNodes")) {
            if (child.path("type").asInt(-1) != ELEMENT) continue;
            String cls = child.path("attributes").path("class").asText("");
            if (!(" " + cls + " ").contains(" tb ")) continue;
            StringBuilder text = new StringBuilder();
            for (JsonNode part : child.path("childNodes")) {
                if (part.path("type").asInt(-1) == TEXT)
                    text.append(part.path("textContent").asText(""));
            }
            return textOrNull(text.toString());
        }
        return null;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? textOrNull(node.asText()) : null;
    }

    private static String textOrNull(String s) {
        String t = s.strip();
        if (t.isEmpty()) return null;
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
