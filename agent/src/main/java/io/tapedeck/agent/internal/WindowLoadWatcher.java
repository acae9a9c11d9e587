package io.tapedeck.agent.internal;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices the app loading {@code java.awt.Window} and starts the prepared startup thread once.
 * Changes no bytecode: {@link #transform} always returns {@code null}.
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
    private final Thread startup;
    /** Whether JavaFX's window class came first (written before the thread starts). */
    private volatile boolean javafx;
    /**
     * The loader that defined {@code javafx.stage.Window} (null: the boot loader). Not always
     * the agent's: JavaFX may sit in a plugin's class loader or a module layer of its own.
     */
    private volatile ClassLoader javafxLoader;

    WindowLoadWatcher(Thread startup) {
        this.startup = startup;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
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
        if (!started.compareAndSet(false, true)) return;
        javafxLoader = loader;
        javafx = true;
        try {
            startup.start();
        } catch (Throwable ignored) {
            // As for AWT: no capture, never a failed class load.
        }
    }

    /** Whether the app is a JavaFX app (its window class loaded first). */
    boolean javafx() {
        return javafx;
    }

    /** The defining loader of the app's {@code javafx.stage.Window}, when {@link #javafx()}; null: the boot loader. */
    ClassLoader javafxLoader() {
        return javafxLoader;
    }

    /** Starts the startup thread unless it was started before. Never throws. */
    void windowLoaded() {
        if (!started.compareAndSet(false, true)) return;
        try {
            startup.start();
        } catch (Throwable ignored) {
            // An agent thread that cannot start means no capture, never a failed class load.
        }
    }
}
