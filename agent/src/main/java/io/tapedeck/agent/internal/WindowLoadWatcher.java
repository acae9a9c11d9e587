package io.tapedeck.agent.internal;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices the app loading {@code java.awt.Window} or {@code javafx.stage.Window} and starts the
 * prepared startup thread once, for the toolkit that came first; if the other toolkit's window
 * class loads later (a Swing app that embeds a JFXPanel, a JavaFX app with a SwingNode, or one
 * that shows both kinds of windows), it starts the prepared second thread once, which adds that
 * toolkit to the recording. Changes no bytecode: {@link #transform} always returns {@code null}.
 *
 * <p>{@code transform} runs inside every class load of the JVM, in the middle of the JVM's own
 * class-loading locks, so it must not load classes itself: no lambdas, no string concatenation,
 * nothing that was not already loaded when premain built this object. The thread, the
 * {@link AtomicBoolean} and this class are all created (and so loaded) in premain.
 */
final class WindowLoadWatcher implements ClassFileTransformer {
    private static final String WINDOW = "java/awt/Window";
    private static final String FX_WINDOW = "javafx/stage/Window";

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean secondStarted = new AtomicBoolean();
    private final Thread startup;
    private final Thread secondToolkit;
    /** Whether JavaFX's window class came first (written before the thread starts). */
    private volatile boolean javafx;
    /**
     * The loader that defined {@code javafx.stage.Window} (null: the boot loader). Not always
     * the agent's: JavaFX may sit in a plugin's class loader or a module layer of its own.
     */
    private volatile ClassLoader javafxLoader;

    WindowLoadWatcher(Thread startup, Thread secondToolkit) {
        this.startup = startup;
        this.secondToolkit = secondToolkit;
    }

    @Override
    public byte[] transform(
            ClassLoader loader,
            String className,
            Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain,
            byte[] classfileBuffer) {
        // The boot loader (null) defines the real java.awt.Window; a redefinition is not a load.
        if (classBeingRedefined != null) return null;
        if (loader == null && WINDOW.equals(className)) windowLoaded();
        else if (FX_WINDOW.equals(className)) javafxLoaded(loader);
        return null;
    }

    /**
     * The app loaded {@code javafx.stage.Window} through {@code loader} (its defining loader, any
     * loader) before any AWT window. Never throws.
     */
    void javafxLoaded(ClassLoader loader) {
        if (!started.compareAndSet(false, true)) {
            if (!javafx && javafxLoader == null) {
                javafxLoader = loader; // JavaFX after AWT: the second toolkit
                startSecond();
            }
            return;
        }
        javafxLoader = loader;
        javafx = true;
        try {
            startup.start();
        } catch (Throwable ignored) { // a boundary of its own: inside class loading nothing may load a class
            // As for AWT: no capture, never a failed class load.
        }
    }

    private void startSecond() {
        if (!secondStarted.compareAndSet(false, true)) return;
        try {
            secondToolkit.start();
        } catch (Throwable ignored) { // a boundary of its own: inside class loading nothing may load a class
            // The second toolkit stays unrecorded; the first one records on.
        }
    }

    /** Whether both toolkits' window classes have loaded (nothing left to watch for). */
    boolean sawBoth() {
        return secondStarted.get();
    }

    /** Whether the app is a JavaFX app (its window class loaded first). */
    boolean javafx() {
        return javafx;
    }

    /**
     * The defining loader of the app's {@code javafx.stage.Window}, once it loaded (first or
     * second); null: the boot loader, or not loaded.
     */
    ClassLoader javafxLoader() {
        return javafxLoader;
    }

    /** Starts the startup thread unless it was started before. Never throws. */
    void windowLoaded() {
        if (!started.compareAndSet(false, true)) {
            if (javafx) startSecond(); // AWT after JavaFX: the second toolkit
            return;
        }
        try {
            startup.start();
        } catch (Throwable ignored) { // a boundary of its own: inside class loading nothing may load a class
            // An agent thread that cannot start means no capture, never a failed class load.
        }
    }
}
