package io.tapedeck.agent.itapps;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The JavaFX twin of {@link FaultyHostApp}: one bug of the app's own (the argument), run with and
 * without the agent by {@code FxHostFaultsIT}. Prints only what is the same from run to run: each
 * distinct exception its handler saw (sorted, once) and its own observations. Once its stage
 * shows it turns the fault on, changes a label a few times, shows {@link #FINAL_STATE}, and exits.
 */
public final class FxFaultyHostApp extends Application {
    public static final String FINAL_STATE = "final state reached";

    static volatile boolean broken;
    private static final Set<String> seenByHandler = new TreeSet<>();

    /** A list whose cells throw for one item once the fault is on. */
    static ListView<String> throwingCells() {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("one", "two", "bad", "four"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (broken && "bad".equals(item)) throw new IllegalStateException("the cell is broken");
                setText(empty ? null : item);
            }
        });
        list.setPrefHeight(120);
        return list;
    }

    /** A region whose layout throws once the fault is on (JavaFX reports it every pulse). */
    static final class ThrowingLayout extends Region {
        ThrowingLayout() {
            setPrefSize(120, 30);
            getChildren().add(new Label("laid out"));
        }

        @Override
        protected void layoutChildren() {
            if (broken) throw new IllegalStateException("layoutChildren is broken");
            super.layoutChildren();
        }
    }

    /** {@code toString} throws: nothing may print or log a node of the app this way. */
    static final class ThrowingToString extends Label {
        ThrowingToString() {
            super("label with a broken toString");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString is broken");
        }
    }

    @Override
    public void start(Stage stage) {
        String fault = getParameters().getRaw().get(0);
        Thread.setDefaultUncaughtExceptionHandler(FxFaultyHostApp::seen);
        Thread.currentThread().setUncaughtExceptionHandler(FxFaultyHostApp::seen);
        Label status = new Label("starting");
        Node faulty = faultyNode(fault);
        VBox root = new VBox(8, status, faulty);
        stage.setTitle("Faulty FX host app");
        stage.setScene(new Scene(root, 360, 240));
        stage.show();
        Thread script = new Thread(() -> script(fault, status, faulty), "fx-faulty-script");
        script.setDaemon(true);
        script.start();
    }

    private static void seen(Thread thread, Throwable e) {
        System.err.println("handler saw " + e + " on thread " + thread.getName()); // stderr: for diagnosis only
        synchronized (seenByHandler) {
            String line = HandlerReport.line(thread, e);
            if (line != null) seenByHandler.add(line);
        }
    }

    private static Node faultyNode(String fault) {
        switch (fault) {
            case "cell-throws":
                return throwingCells();
            case "layout-throws":
                return new ThrowingLayout();
            case "toString-throws":
                return new ThrowingToString();
            case "huge-text":
            case "animation":
            default:
                return new Label("a healthy label");
        }
    }

    private static void script(String fault, Label status, Node faulty) {
        try {
            Thread.sleep(700); // the agent's first capture, of a healthy stage
            broken = true;
            fx(() -> {
                if (faulty instanceof ListView) ((ListView<?>) faulty).refresh();
                if (faulty instanceof Region) ((Region) faulty).requestLayout();
                if (fault.equals("huge-text")) ((Label) faulty).setText("huge label text ".repeat(1 << 18));
            });
            AnimationTimer[] animation = new AnimationTimer[1];
            if (fault.equals("animation")) {
                fx(() -> {
                    animation[0] = new AnimationTimer() {
                        @Override
                        public void handle(long now) {
                            ((Label) faulty).setText("frame " + (now / 1_000_000 % 100_000));
                        }
                    };
                    animation[0].start();
                });
            }
            if (fault.equals("out-of-memory")) FaultyHostApp.runOutOfMemory();
            for (int i = 1; i <= 5; i++) {
                String text = "step " + i;
                fx(() -> status.setText(text));
                Thread.sleep(120);
            }
            fx(() -> status.setText(FINAL_STATE));
            Thread.sleep(800); // long enough for a capture of the final state
            if (fault.equals("exit-from-fx-thread")) {
                Platform.runLater(() -> {
                    report();
                    System.exit(3);
                });
                Thread.sleep(10_000);
                System.out.println("still running: System.exit did not end the app");
                return;
            }
            fx(() -> {
                if (animation[0] != null) animation[0].stop();
                report();
            });
            Platform.runLater(Platform::exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report() {
        synchronized (seenByHandler) {
            for (String seen : seenByHandler) System.out.println("handler saw " + seen);
        }
    }

    private static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** The main class (Java's launcher refuses an {@code Application} main class with JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxFaultyHostApp.class, args);
            System.out.println("app done");
        }
    }
}
