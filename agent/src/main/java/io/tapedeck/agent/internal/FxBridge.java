package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.view.CaptureSink;

import java.lang.reflect.Method;

/**
 * Starts the JavaFX adapter. Its classes are built for Java 17 and need JavaFX, which the app
 * brings; the agent (built for Java 11) therefore names them only here, by reflection, and only
 * once the app has loaded JavaFX. They resolve JavaFX through the agent's class loader: JavaFX
 * on the class path or the module path.
 */
final class FxBridge {
    private static final String RECORDER = "io.tapedeck.javafx.internal.FxRecorder";

    private FxBridge() {}

    /**
     * Starts recording; returns what stops it.
     *
     * @throws IllegalStateException when the adapter cannot start (JavaFX not visible to the agent)
     */
    static Runnable start(TapedeckConfig config, CaptureSink sink) {
        Object recorder;
        Method stop;
        try {
            Class<?> type = Class.forName(RECORDER, true, FxBridge.class.getClassLoader());
            recorder = type.getMethod("start", TapedeckConfig.class, CaptureSink.class).invoke(null, config, sink);
            stop = type.getMethod("stop");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the JavaFX adapter could not start (is JavaFX on the class path or"
                    + " module path?): " + e, e);
        }
        return () -> {
            try {
                stop.invoke(recorder);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
