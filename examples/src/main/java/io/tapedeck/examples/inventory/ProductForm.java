package io.tapedeck.examples.inventory;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The detail form of the selected item: edits are applied to the item on Save. */
final class ProductForm extends VBox {
    final Label heading = new Label("No item selected");
    final TextField name = new TextField();
    final ComboBox<String> category = new ComboBox<>();
    final TextField location = new TextField();
    final Spinner<Integer> quantity = new Spinner<>(0, 100_000, 0, 10);
    final Spinner<Integer> reorderLevel = new Spinner<>(0, 10_000, 0, 10);
    final DatePicker lastRestock = new DatePicker();
    final ToggleGroup storage = new ToggleGroup();
    final CheckBox discontinued = new CheckBox("Discontinued");
    final TextField contactEmail = new TextField();
    final TextField contactPhone = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button("Save");
    final Button revert = new Button("Revert");
    private Product product;

    ProductForm(Consumer<Product> onSaved) {
        super(10);
        getStyleClass().add("product-form");
        setPadding(new Insets(12));
        heading.getStyleClass().add("form-heading");
        name.setId("name");
        location.setId("location");
        contactEmail.setId("contactEmail");
        contactPhone.setId("contactPhone");
        category.getItems().addAll(SampleStock.CATEGORIES);
        category.setMaxWidth(Double.MAX_VALUE);
        quantity.setEditable(true);
        reorderLevel.setEditable(true);
        location.setTooltip(new Tooltip("Aisle-bay-shelf, e.g. B-12-4; COLD-bay-shelf in the cold room"));
        HBox storageButtons = new HBox(12);
        for (Product.Storage s : Product.Storage.values()) {
            RadioButton b = new RadioButton(s.label);
            b.setUserData(s);
            b.setToggleGroup(storage);
            storageButtons.getChildren().add(b);
        }
        notes.setPrefRowCount(3);
        notes.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never squeezed to "..."
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(120);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Category"), category);
        grid.addRow(row++, new Label("Location"), location);
        grid.addRow(row++, new Label("In stock"), quantity);
        grid.addRow(row++, new Label("Reorder at"), reorderLevel);
        grid.addRow(row++, new Label("Last restock"), lastRestock);
        grid.addRow(row++, new Label("Storage"), storageButtons);
        grid.add(discontinued, 1, row++);
        grid.addRow(row++, new Label("Contact email"), contactEmail);
        grid.addRow(row++, new Label("Contact phone"), contactPhone);
        grid.addRow(row, new Label("Notes"), notes);

        save.setDefaultButton(true);
        save.setId("save");
        save.setOnAction(e -> {
            if (product != null) {
                apply();
                onSaved.accept(product);
            }
        });
        revert.setOnAction(e -> show(product));
        HBox buttons = new HBox(8, save, revert);
        getChildren().addAll(heading, grid, buttons);
        show(null);
    }

    Product product() {
        return product;
    }

    void show(Product p) {
        product = p;
        setDisable(p == null);
        heading.setText(p == null ? "No item selected" : p.sku + " \u2014 " + p.name.get());
        name.setText(p == null ? "" : p.name.get());
        category.setValue(p == null ? null : p.category.get());
        location.setText(p == null ? "" : p.location.get());
        quantity.getValueFactory().setValue(p == null ? 0 : p.quantity.get());
        reorderLevel.getValueFactory().setValue(p == null ? 0 : p.reorderLevel.get());
        lastRestock.setValue(p == null ? null : p.lastRestock.get());
        storage.getToggles().forEach(t -> t.setSelected(p != null && t.getUserData() == p.storage.get()));
        discontinued.setSelected(p != null && p.discontinued.get());
        contactEmail.setText(p == null ? "" : p.contactEmail.get());
        contactPhone.setText(p == null ? "" : p.contactPhone.get());
        notes.setText(p == null ? "" : p.notes.get());
    }

    private void apply() {
        product.name.set(name.getText().trim());
        product.category.set(category.getValue());
        product.location.set(location.getText().trim());
        product.quantity.set(quantity.getValue());
        product.reorderLevel.set(reorderLevel.getValue());
        product.lastRestock.set(lastRestock.getValue());
        if (storage.getSelectedToggle() != null) {
            product.storage.set((Product.Storage) storage.getSelectedToggle().getUserData());
        }
        product.discontinued.set(discontinued.isSelected());
        product.contactEmail.set(contactEmail.getText().trim());
        product.contactPhone.set(contactPhone.getText().trim());
        product.notes.set(notes.getText());
        heading.setText(product.sku + " \u2014 " + product.name.get());
    }
}
