package io.tapedeck.examples.inventory;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One stock item, as JavaFX properties so the table and the form follow every change.
 * The supplier contact's email and phone are personal data (masked in every recording).
 */
final class Product {
    /** How an item must be kept; the form shows it as radio buttons. */
    enum Storage {
        AMBIENT("Ambient"),
        CHILLED("Chilled"),
        FROZEN("Frozen");

        final String label;

        Storage(String label) {
            this.label = label;
        }
    }

    final String sku;
    final StringProperty name = new SimpleStringProperty();
    final StringProperty category = new SimpleStringProperty();
    final StringProperty location = new SimpleStringProperty();
    final IntegerProperty quantity = new SimpleIntegerProperty();
    final IntegerProperty reorderLevel = new SimpleIntegerProperty();
    final DoubleProperty unitPrice = new SimpleDoubleProperty();
    final StringProperty supplier = new SimpleStringProperty();
    final StringProperty contactEmail = new SimpleStringProperty();
    final StringProperty contactPhone = new SimpleStringProperty();
    final ObjectProperty<LocalDate> lastRestock = new SimpleObjectProperty<>();
    final ObjectProperty<Storage> storage = new SimpleObjectProperty<>(Storage.AMBIENT);
    final BooleanProperty discontinued = new SimpleBooleanProperty();
    final StringProperty notes = new SimpleStringProperty("");

    Product(String sku) {
        this.sku = sku;
    }

    boolean isLow() {
        return quantity.get() < reorderLevel.get();
    }

    /** Whether the search text (lower case) occurs in what a user would search by. */
    boolean matches(String needle) {
        return needle.isEmpty()
                || sku.toLowerCase().contains(needle)
                || name.get().toLowerCase().contains(needle)
                || category.get().toLowerCase().contains(needle)
                || supplier.get().toLowerCase().contains(needle);
    }
}
