package io.tapedeck.javafx.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A headless JavaFX toolkit for the drawing tests, and ways to run on its thread. */
final class FxTestKit {
    private FxTestKit() {}

    static void startToolkit() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and returns its result (rethrowing its failure). */
    static <T> T fx(Callable<T> work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(20, TimeUnit.SECONDS), "the FX thread answered");
        if (failure[0] != null) throw new AssertionError(failure[0]);
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    static void fxRun(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** A shown stage with {@code root}, laid out. FX thread. */
    static Stage show(Parent root, double w, double h) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, w, h));
        stage.show();
        root.applyCss();
        root.layout();
        return stage;
    }

    static List<DrawElement> find(Drawing d, Predicate<DrawElement> p) {
        List<DrawElement> out = new ArrayList<>();
        for (DrawElement e : d.elements()) {
            if (p.test(e)) out.add(e);
            for (DrawElement c : e.children()) if (p.test(c)) out.add(c);
        }
        return out;
    }

    static List<DrawElement> tagged(Drawing d, String tag) {
        return find(d, e -> e.tag().equals(tag));
    }
}
