package io.tapedeck.agent.internal;

/**
 * Which toolkit the agent records: Swing/AWT unless the app loaded {@code javafx.stage.Window}
 * before any AWT window. (An app that shows both, or embeds one in the other, is recorded
 * through the toolkit it started with.)
 */
final class UiToolkit {
    private static volatile boolean javafx;

    private UiToolkit() {}

    static void useJavaFx() {
        javafx = true;
    }

    static boolean javafx() {
        return javafx;
    }
}
