package io.tapedeck.agent.internal;

/**
 * Which toolkits the agent records: those whose window class the app has loaded (both, for an
 * app that embeds one in the other or shows windows of each); with neither known (the API
 * without the agent), Swing/AWT. For JavaFX, also where the app's JavaFX lives.
 */
final class UiToolkit {
    private static volatile boolean swing;
    private static volatile boolean javafx;
    private static volatile ClassLoader javafxLoader;

    private UiToolkit() {}

    /** {@code loader} defined the app's {@code javafx.stage.Window} (null: the boot loader). */
    static void useJavaFx(ClassLoader loader) {
        javafxLoader = loader;
        javafx = true;
    }

    /** The app runs AWT (its event dispatch thread is up). */
    static void useSwing() {
        swing = true;
    }

    static boolean swing() {
        return swing;
    }

    static boolean javafx() {
        return javafx;
    }

    /** The defining loader of the app's {@code javafx.stage.Window}; null: the boot loader. */
    static ClassLoader javafxLoader() {
        return javafxLoader;
    }
}
