package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.fxRun;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.ViewKind;
import java.util.Arrays;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/**
 * What drawing a realistic window costs on the FX thread per capture: a form of 50 controls
 * beside a 30-row table, every node's drawing made again (as FxSnapshotBuilder did at every capture
 * before captures followed JavaFX's dirty nodes, and still does at the resync); and what a
 * capture costs when one label changed, reading only what changed ({@link FxChangeTracker}).
 * Timings are printed as a table (for docs/performance.md), not asserted; the work is.
 */
class FxDrawingCostTest extends FxStageTest {
    /**
     * Timed captures per row of the table. The build checks the work with a few; the table in
     * docs/performance.md is made with {@code -Dtapedeck.costRuns=100} (and 40 warm-up captures).
     */
    private static final int MEASURED = Integer.getInteger("tapedeck.costRuns", 20);

    private static Parent window() {
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        for (int row = 0; row < 10; row++) {
            form.add(new Label("Field " + row), 0, row);
            form.add(new TextField("value " + row), 1, row);
            ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("Open", "Closed"));
            combo.setValue("Open");
            form.add(combo, 2, row);
            form.add(
                    row % 3 == 0
                            ? new Slider(0, 10, row)
                            : row % 3 == 1 ? new DatePicker() : new CheckBox("Flag " + row),
                    3,
                    row);
            form.add(new Button("Edit " + row), 4, row);
        }
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 4; c++) {
            int col = c;
            TableColumn<String[], String> column = new TableColumn<>("Column " + c);
            column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()[col]));
            column.setPrefWidth(110);
            table.getColumns().add(column);
        }
        ObservableList<String[]> rows = FXCollections.observableArrayList();
        for (int r = 0; r < 30; r++)
            rows.add(new String[] {"Item " + r, "Customer " + r, "2024-01-" + (r % 28 + 1), r * 7 + ".00"});
        table.setItems(rows);
        table.setPrefSize(460, 30 * 25 + 40);
        return new HBox(10, form, table);
    }

    /** Every node's drawing, as FxSnapshotBuilder asks for them; returns the number of nodes drawn. */
    private static int drawAll(Node n, int[] elements) {
        java.util.List<String> types = new java.util.ArrayList<>();
        for (Class<?> k = n.getClass(); k != Object.class; k = k.getSuperclass()) types.add(k.getName());
        ViewKind kind = FxKinds.of(n, types);
        boolean leaf = FxKinds.isLeaf(n, kind);
        var d = leaf ? FxDrawings.whole(n, "x-") : FxDrawings.own(n, "x-");
        elements[0] += d.elements().size();
        int count = 1;
        if (!leaf && n instanceof Parent) {
            for (Node c : ((Parent) n).getChildrenUnmodifiable()) if (c.isVisible()) count += drawAll(c, elements);
        }
        return count;
    }

    @Test
    void oneChangedLabelCostsOneDrawingNotTheWindow() throws Exception {
        PrivacyPolicy show = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);
        Label status = new Label("Status 1000");
        status.setPrefWidth(120);
        status.setMinWidth(120);
        Label[] rows = new Label[40];
        FxChangeTracker changes = new FxChangeTracker();
        FxSnapshotBuilder snapshots = new FxSnapshotBuilder(show, changes);
        int[] nodes = new int[1];
        fxRun(() -> {
            HBox both = new HBox(10, window(), FxIncrementalCaptureTest.bigForm(rows));
            javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(6, status, both);
            stage = show(root, 1600, 1000);
            root.requestFocus(); // no focused field: its blinking caret would be a change of its own
            javafx.scene.Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> changes.pulse(scene));
            nodes[0] = count(snapshots.capture(true));
        });
        double[][] top = measure(snapshots, status, "Status ");
        double[][] deep = measure(snapshots, rows[25], "Label ");
        System.out.printf(
                "[cost] capture on the FX thread, %d view nodes (form of 50 controls, 30-row table,"
                        + " 40-row form of 160 controls, a status label), %d captures timed per row%n"
                        + "| capture on the FX thread (%d view nodes) | median ms | p95 ms | drawings made |%n|---|---|---|---|%n"
                        + "| incremental, the status label changed | %.3f | %.3f | %.0f |%n"
                        + "| incremental, a label among a grid's 160 controls changed | %.3f | %.3f | %.0f |%n"
                        + "| full re-read (every capture before this change; now the resync) | %.3f | %.3f | %.0f |%n",
                nodes[0],
                MEASURED,
                nodes[0],
                top[0][0],
                top[0][1],
                top[0][2],
                deep[0][0],
                deep[0][1],
                deep[0][2],
                top[1][0],
                top[1][1],
                top[1][2]);
        assertTrue(nodes[0] > 350, "a big window: " + nodes[0]);
        assertTrue(
                top[0][3] <= 2 && deep[0][3] <= 2,
                "one label changed: at most its drawing and one more, not " + top[0][3] + " / " + deep[0][3]);
        assertTrue(top[1][2] > 300, "the resync draws everything: " + top[1][2]);
    }

    /**
     * Changes {@code label}'s text, lets a pulse note it, then times a capture of what changed
     * and a full one. Returns {incremental, full}, each {median ms, p95 ms, median drawings, most drawings}.
     */
    private static double[][] measure(FxSnapshotBuilder snapshots, Label label, String prefix) throws Exception {
        int measured = MEASURED, warmUp = Math.max(10, measured * 2 / 5);
        double[] incremental = new double[measured], full = new double[measured];
        double[] drawn = new double[measured], fullDrawn = new double[measured];
        for (int i = -warmUp; i < measured; i++) {
            int at = i;
            fxRun(() -> label.setText(prefix + (2000 + at)));
            Thread.sleep(25); // a pulse lays it out and notes what changed, as in a recording
            fxRun(() -> {
                int d0 = snapshots.drawingsMade;
                long t0 = System.nanoTime();
                snapshots.capture();
                long t1 = System.nanoTime();
                int d1 = snapshots.drawingsMade;
                snapshots.capture(true);
                long t2 = System.nanoTime();
                if (at < 0) return;
                incremental[at] = (t1 - t0) / 1e6;
                drawn[at] = d1 - d0;
                full[at] = (t2 - t1) / 1e6;
                fullDrawn[at] = snapshots.drawingsMade - d1;
            });
        }
        for (double[] a : new double[][] {incremental, full, drawn, fullDrawn}) Arrays.sort(a);
        int median = measured / 2, p95 = measured * 95 / 100;
        return new double[][] {
            {incremental[median], incremental[p95], drawn[median], drawn[measured - 1]},
            {full[median], full[p95], fullDrawn[median], fullDrawn[measured - 1]}
        };
    }

    private static int count(io.tapedeck.core.internal.view.ViewNode n) {
        int c = 1;
        for (io.tapedeck.core.internal.view.ViewNode k : n.children()) c += count(k);
        return c;
    }

    @Test
    void drawingAFormAndATableStaysWellWithinTheFxThreadBudget() throws Exception {
        PrivacyPolicy show = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRules.NONE);
        double[] drawMs = new double[40], captureMs = new double[40];
        int[] nodes = new int[1], elements = new int[1];
        fxRun(() -> {
            Parent root = window();
            stage = show(root, 1100, 900);
            FxSnapshotBuilder snapshots = new FxSnapshotBuilder(show);
            for (int i = 0; i < 20; i++) {
                drawAll(root, new int[1]);
                snapshots.capture();
            } // warm up
            for (int i = 0; i < drawMs.length; i++) {
                int[] e = new int[1];
                long t0 = System.nanoTime();
                nodes[0] = drawAll(root, e);
                long t1 = System.nanoTime();
                snapshots.capture();
                long t2 = System.nanoTime();
                elements[0] = e[0];
                drawMs[i] = (t1 - t0) / 1e6;
                captureMs[i] = (t2 - t1) / 1e6;
            }
        });
        Arrays.sort(drawMs);
        Arrays.sort(captureMs);
        System.out.printf(
                "[cost] form of 50 controls + 30-row table: %d view nodes, %d elements;"
                        + " drawings median %.2f ms (p90 %.2f); whole capture (FxSnapshotBuilder) median %.2f ms (p90 %.2f)%n",
                nodes[0], elements[0], drawMs[20], drawMs[36], captureMs[20], captureMs[36]);
        assertTrue(elements[0] > 300, "the window was really drawn: " + elements[0] + " elements");
        assertTrue(
                captureMs[20] < 100,
                "a capture must not take a frame's worth of FX time many times over: " + captureMs[20]);
    }
}
