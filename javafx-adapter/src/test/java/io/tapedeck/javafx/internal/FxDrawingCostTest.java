package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.fx;
import static io.tapedeck.javafx.internal.FxTestKit.fxRun;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.privacy.ImageMasking;
import io.tapedeck.core.internal.privacy.MaskLevel;
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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What drawing a realistic window costs on the FX thread per capture: a form of 50 controls
 * beside a 30-row table, every node's drawing made again (as FxSnapshots does each capture).
 */
class FxDrawingCostTest {
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestKit.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        fxRun(() -> { if (stage != null) stage.close(); });
    }

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
            form.add(row % 3 == 0 ? new Slider(0, 10, row) : row % 3 == 1 ? new DatePicker() : new CheckBox("Flag " + row), 3, row);
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
        for (int r = 0; r < 30; r++) rows.add(new String[] {"Item " + r, "Customer " + r, "2024-01-" + (r % 28 + 1), r * 7 + ".00"});
        table.setItems(rows);
        table.setPrefSize(460, 30 * 25 + 40);
        return new HBox(10, form, table);
    }

    /** Every node's drawing, as FxSnapshots asks for them; returns the number of nodes drawn. */
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
    void drawingAFormAndATableStaysWellWithinTheFxThreadBudget() throws Exception {
        PrivacyPolicy show = PrivacyPolicy.of(MaskLevel.LIGHT, ImageMasking.NONE, PrivacyRules.NONE);
        double[] drawMs = new double[40], captureMs = new double[40];
        int[] nodes = new int[1], elements = new int[1];
        fxRun(() -> {
            Parent root = window();
            stage = show(root, 1100, 900);
            FxSnapshots snapshots = new FxSnapshots(show);
            for (int i = 0; i < 20; i++) { drawAll(root, new int[1]); snapshots.capture(); } // warm up
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
        System.out.printf("[cost] form of 50 controls + 30-row table: %d view nodes, %d elements;"
                        + " drawings median %.2f ms (p90 %.2f); whole capture (FxSnapshots) median %.2f ms (p90 %.2f)%n",
                nodes[0], elements[0], drawMs[20], drawMs[36], captureMs[20], captureMs[36]);
        assertTrue(elements[0] > 300, "the window was really drawn: " + elements[0] + " elements");
        assertTrue(captureMs[20] < 100, "a capture must not take a frame's worth of FX time many times over: " + captureMs[20]);
    }
}
