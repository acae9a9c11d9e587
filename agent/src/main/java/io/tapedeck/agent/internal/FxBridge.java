package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.view.CaptureSink;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Starts the JavaFX adapter. Its classes are built for Java 17 and need JavaFX, which the app
 * brings; the agent (built for Java 11) therefore names them only here, by reflection, and only
 * once the app has loaded JavaFX.
 *
 * <p>Where the adapter is loaded depends on where the app's JavaFX is. On the class path or the
 * module path (the boot layer) the agent's own loader sees the same {@code javafx.stage.Window}
 * the app loaded, and loads the adapter. In a plugin's class loader or a module layer of the
 * app's, it does not (or it sees another JavaFX): an {@link FxAdapterLoader} then defines the
 * adapter next to the app's JavaFX.
 */
final class FxBridge {
    private static final String RECORDER = "io.tapedeck.javafx.internal.FxRecorder";
    private static final String FX_WINDOW = "javafx.stage.Window";

    private final Method start;
    private final Method stop;

    private FxBridge(Method start, Method stop) {
        this.start = start;
        this.stop = stop;
    }

    /**
     * Loads the adapter for the JavaFX whose {@code javafx.stage.Window} {@code javafxLoader}
     * defined (null: the boot loader). Touches nothing of JavaFX but that class.
     *
     * @throws IllegalStateException with a one-line reason when the adapter cannot be loaded
     */
    static FxBridge load(ClassLoader javafxLoader) {
        try {
            Class<?> fxWindow = Class.forName(FX_WINDOW, false, javafxLoader);
            ClassLoader agentLoader = FxBridge.class.getClassLoader();
            ClassLoader adapterLoader = agentLoader;
            if (!sees(agentLoader, fxWindow)) {
                adapterLoader = new FxAdapterLoader(agentLoader, fxWindow);
                Log.debug("JavaFX is not visible to the agent's class loader (it is in " + describe(fxWindow)
                        + "): the JavaFX adapter is loaded next to it");
            }
            Class<?> type = Class.forName(RECORDER, true, adapterLoader);
            return new FxBridge(
                    type.getMethod("start", TapedeckConfig.class, CaptureSink.class), type.getMethod("stop"));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new IllegalStateException("the JavaFX adapter could not be loaded for the app's JavaFX (in "
                    + describeLoader(javafxLoader) + "): " + e);
        }
    }

    /**
     * Starts recording; returns what stops it.
     *
     * @throws IllegalStateException when the adapter fails to start
     */
    Runnable start(TapedeckConfig config, CaptureSink sink) {
        Object recorder;
        try {
            recorder = start.invoke(null, config, sink);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the JavaFX adapter could not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the JavaFX adapter could not start: " + e, e);
        }
        return () -> {
            try {
                stop.invoke(recorder);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The adapter's recorder class (tests: which loader defined it). */
    Class<?> recorderClass() {
        return start.getDeclaringClass();
    }

    /** Whether {@code loader} resolves {@code javafx.stage.Window} to exactly the app's class. */
    private static boolean sees(ClassLoader loader, Class<?> fxWindow) {
        try {
            return Class.forName(FX_WINDOW, false, loader) == fxWindow;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String describe(Class<?> fxWindow) {
        Module m = fxWindow.getModule();
        String where = describeLoader(fxWindow.getClassLoader());
        return m.isNamed() ? "module " + m.getName() + " of " + where : where;
    }

    private static String describeLoader(ClassLoader loader) {
        if (loader == null) return "the boot class loader";
        String name = loader.getName();
        return "class loader " + (name != null ? "'" + name + "' " : "")
                + loader.getClass().getName();
    }
}
