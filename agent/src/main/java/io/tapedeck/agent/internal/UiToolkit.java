package io.tapedeck.agent.internal;

/**
 * Which toolkit the agent records: Swing/AWT unless the app loaded {@code javafx.stage.Window}
 * before any AWT window. (An app that shows both, or embeds one in the other, is recorded
 * through the toolkit it started with.) For JavaFX, also where the app's JavaFX lives.
 */
final class UiToolkit {
    private static volatile boolean javafx;
    private static volatile ClassLoader javafxLoader;

    private UiToolkit() {}

    /** {@code loader} defined the app's {@code javafx.stage.Window} (null: the boot loader). */
    static void useJavaFx(ClassLoader loader) {
        javafxLoader = loader;
        javafx = true;
    }

    static boolean javafx() {
        return javafx;
    }

    /** The defining loader of the app's {@code javafx.stage.Window}; null: the boot loader. */
    static ClassLoader javafxLoader() {
        return javafxLoader;
    }
}
