package io.tapedeck.examples.inventory;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A custom dialog: how many of an item to order from its supplier, and when. */
final class ReorderDialog extends Dialog<Integer> {
    static final String PROMPT = "Order more stock from ";
    static final ButtonType PLACE_ORDER = new ButtonType("Place order", ButtonBar.ButtonData.OK_DONE);
    final Spinner<Integer> amount;
    final DatePicker delivery = new DatePicker(LocalDate.of(2025, 7, 1));
    final TextField reference = new TextField();

    ReorderDialog(Window owner, Product product) {
        initOwner(owner);
        setTitle("Reorder");
        setHeaderText("Reorder " + product.name.get() + " (" + product.sku + ")");
        int suggested = Math.max(50, product.reorderLevel.get() * 2 - product.quantity.get());
        amount = new Spinner<>(10, 10_000, suggested - suggested % 10, 10);
        amount.setEditable(true);
        reference.setId("orderReference");
        reference.setPromptText("your reference");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 8, 16));
        grid.add(new Label(PROMPT + product.supplier.get() + "."), 0, 0, 2, 1);
        grid.addRow(1, new Label("Quantity"), amount);
        grid.addRow(2, new Label("Deliver by"), delivery);
        grid.addRow(3, new Label("Reference"), reference);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(PLACE_ORDER, ButtonType.CANCEL);
        setResultConverter(b -> b == PLACE_ORDER ? amount.getValue() : null);
    }
}
