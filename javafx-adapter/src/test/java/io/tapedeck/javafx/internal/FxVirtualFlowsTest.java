package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.fx;
import static io.tapedeck.javafx.internal.FxScenes.ofKind;
import static io.tapedeck.javafx.internal.FxScenes.screenBox;
import static io.tapedeck.javafx.internal.FxScenes.shownBox;
import static io.tapedeck.javafx.internal.FxScenes.texts;
import static io.tapedeck.testing.ViewTrees.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists, tables and trees: the cells their virtual flow shows, nothing it keeps aside. */
class FxVirtualFlowsTest {
    private final FxScenes fx = new FxScenes();

    @AfterEach
    void closeWindows() {
        fx.close();
    }

    private static ListView<String> list(int items) {
        ListView<String> list = new ListView<>();
        for (int i = 0; i < items; i++) list.getItems().add("Item " + i);
        list.setPrefSize(200, 150);
        return list;
    }

    private static TableView<String> table(int rows) {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
        TableColumn<String, String> length = new TableColumn<>("Length");
        length.setCellValueFactory(
                row -> new SimpleStringProperty(Integer.toString(row.getValue().length())));
        table.getColumns().add(name);
        table.getColumns().add(length);
        for (int i = 0; i < rows; i++) table.getItems().add("Row " + i);
        table.setPrefSize(250, 150);
        return table;
    }

    /** The cells of a grid that show in the replay (at least a pixel inside every box around them). */
    private static List<ViewNode> shownCells(ViewNode root, ViewNode grid) {
        return all(grid, n -> n.kind() == ViewKind.CELL && shownBox(root, n) != null);
    }

    @Test
    void aCellBeingEditedHoldsItsEditorAsATextFieldOfItsOwn() {
        TableView<String> table = table(5);
        table.setEditable(true);
        @SuppressWarnings("unchecked")
        TableColumn<String, String> name =
                (TableColumn<String, String>) table.getColumns().get(0);
        name.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        fx.show(new VBox(table), 250, 150);
        fx(() -> {
            table.layout();
            table.edit(1, name);
        });
        ViewNode root = fx.capture();
        ViewNode editor = ofKind(root, ViewKind.TEXT_FIELD).stream()
                .filter(n -> "Row 1".equals(n.text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no editor field: " + texts(root, ViewKind.CELL)));
        assertTrue(editor.has(ViewNode.EDITABLE), "typed text there is input, masked as input is");
        assertTrue(texts(root, ViewKind.CELL).contains("Row 2"), "the other cells stay cells");
    }

    @Test
    void aListRecordsOnlyTheCellsInItsViewport() {
        fx.show(new VBox(list(100)), 200, 150);
        ViewNode root = fx.capture();
        ViewNode grid = ofKind(root, ViewKind.GRID).get(0);
        List<String> shown = texts(grid, ViewKind.CELL);
        assertTrue(shown.contains("Item 0") && shown.contains("Item 5"), "the first rows: " + shown);
        assertFalse(shown.contains("Item 20"), "nothing far below the viewport: " + shown);
        assertFalse(shown.contains(null), "no empty cell kept for reuse: " + shown);
        // 150 px of 22 px rows: at most 7 cells, the last one partly shown.
        assertTrue(shown.size() <= 8, "only the cells the flow shows: " + shown);
        int[] gridBox = screenBox(root, grid);
        for (ViewNode cell : ofKind(grid, ViewKind.CELL)) {
            int[] box = shownBox(root, cell);
            assertNotNull(box, cell + " is recorded but cannot show");
            assertTrue(box[1] + box[3] <= gridBox[1] + gridBox[3], cell + " shows below its list");
        }
    }

    @Test
    void aCellCutByTheViewportIsClippedThere() {
        fx.show(new VBox(list(100)), 200, 150);
        ViewNode root = fx.capture();
        ViewNode grid = ofKind(root, ViewKind.GRID).get(0);
        ViewNode last = null;
        for (ViewNode cell : ofKind(grid, ViewKind.CELL)) {
            if (last == null || screenBox(root, cell)[1] > screenBox(root, last)[1]) last = cell;
        }
        assertNotNull(last);
        int[] whole = screenBox(root, last), shown = shownBox(root, last);
        int[] gridBox = screenBox(root, grid);
        assertTrue(
                whole[1] + whole[3] > gridBox[1] + gridBox[3] - 2,
                "the last row runs past the viewport: " + java.util.Arrays.toString(whole) + " in "
                        + java.util.Arrays.toString(gridBox));
        assertTrue(shown[1] + shown[3] < gridBox[1] + gridBox[3], "and is cut where the viewport ends");
    }

    @Test
    void scrollingATableChangesWhichRowsAreRecorded() {
        TableView<String> table = table(50);
        fx.show(new VBox(table), 250, 150);
        ViewNode before = fx.capture();
        List<String> headers = texts(before, ViewKind.CELL);
        assertTrue(headers.contains("Name") && headers.contains("Length"), "the column headers: " + headers);
        ViewNode grid = ofKind(before, ViewKind.GRID).get(0);
        List<String> rowsBefore = texts(grid, ViewKind.CELL);
        assertTrue(rowsBefore.contains("Row 0") && !rowsBefore.contains("Row 30"), rowsBefore.toString());
        assertTrue(rowsBefore.contains("5"), "the second column's cells too: " + rowsBefore);

        fx(() -> table.scrollTo(30));
        ViewNode after = fx.capture();
        List<String> rowsAfter = texts(ofKind(after, ViewKind.GRID).get(0), ViewKind.CELL);
        assertTrue(rowsAfter.contains("Row 30") && !rowsAfter.contains("Row 0"), rowsAfter.toString());
        assertTrue(rowsAfter.contains("Name"), "the headers stay: " + rowsAfter);
        for (ViewNode cell : shownCells(after, ofKind(after, ViewKind.GRID).get(0))) {
            assertTrue(shownBox(after, cell)[1]
                    >= screenBox(after, ofKind(after, ViewKind.GRID).get(0))[1]);
        }
    }

    @Test
    void aSelectedRowIsRecordedSelected() {
        TableView<String> table = table(10);
        fx.show(new VBox(table), 250, 150);
        fx(() -> table.getSelectionModel().select(2));
        ViewNode root = fx.capture();
        List<ViewNode> selected = all(root, n -> n.kind() == ViewKind.CELL && n.has(ViewNode.SELECTED));
        assertFalse(selected.isEmpty(), "the selected row");
        assertTrue(
                selected.stream()
                        .allMatch(n -> n.text() == null
                                || n.text().equals("Row 2")
                                || n.text().equals("5")),
                selected.toString());
    }

    @Test
    void treesAndTreeTablesRecordTheirVisibleRows() {
        TreeItem<String> top = new TreeItem<>("Root");
        top.setExpanded(true);
        for (int i = 0; i < 30; i++) top.getChildren().add(new TreeItem<>("Leaf " + i));
        TreeView<String> tree = new TreeView<>(top);
        tree.setPrefHeight(100);
        TreeTableView<String> treeTable = new TreeTableView<>(top);
        TreeTableColumn<String, String> column = new TreeTableColumn<>("Entry");
        column.setCellValueFactory(
                row -> new SimpleStringProperty(row.getValue().getValue()));
        treeTable.getColumns().add(column);
        treeTable.setPrefHeight(100);
        fx.show(new VBox(tree, treeTable), 300, 200);
        ViewNode root = fx.capture();
        List<ViewNode> grids = ofKind(root, ViewKind.GRID);
        assertEquals(2, grids.size());
        for (ViewNode grid : grids) {
            List<String> rows = texts(grid, ViewKind.CELL);
            assertTrue(rows.contains("Root") && rows.contains("Leaf 0"), grid.className() + ": " + rows);
            assertFalse(rows.contains("Leaf 20"), grid.className() + ": " + rows);
        }
        assertTrue(
                texts(grids.get(0), ViewKind.CELL).contains("Entry")
                        || texts(grids.get(1), ViewKind.CELL).contains("Entry"),
                "the tree table's header");
    }
}
