package io.tapedeck.agent.internal;

import java.util.Optional;

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

    /**
     * For a start from the API with no window class seen by the agent (or no agent): the
     * loader that defines {@code javafx.stage.Window} as the app sees it (through the calling
     * thread's context loader, else Tapedeck's own), if the app has JavaFX at all. Loads that
     * one class without initialising it; starts nothing of JavaFX.
     */
    static Optional<ClassLoader> javafxOfTheApp() {
        for (ClassLoader loader :
                new ClassLoader[] {Thread.currentThread().getContextClassLoader(), UiToolkit.class.getClassLoader()}) {
            try {
                return Optional.ofNullable(Class.forName("javafx.stage.Window", false, loader)
                                .getClassLoader())
                        .or(() -> Optional.of(ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError | SecurityException notHere) {
                // Try the next one.
            }
        }
        return Optional.empty();
    }

    /** The defining loader of the app's {@code javafx.stage.Window}; null: the boot loader. */
    static ClassLoader javafxLoader() {
        return javafxLoader;
    }
}
