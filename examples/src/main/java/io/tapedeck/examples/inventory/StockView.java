package io.tapedeck.examples.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Stock tab: a searchable, sortable table of items and the selected item's form. */
final class StockView extends SplitPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    final ObservableList<Product> products;
    final FilteredList<Product> filtered;
    final TextField search = new TextField();
    final Label count = new Label();
    final TableView<Product> table = new TableView<>();
    final ProductForm form;
    final ContextMenu contextMenu = new ContextMenu();
    final MenuItem editItem = new MenuItem("Edit");
    final MenuItem reorderItem = new MenuItem("Reorder\u2026");
    final MenuItem copySkuItem = new MenuItem("Copy SKU");
    final MenuItem deleteItem = new MenuItem("Delete\u2026");
    private boolean lowStockOnly;

    StockView(List<Product> items, Consumer<String> status) {
        getStyleClass().add("stock-view");
        products = FXCollections.observableArrayList(items);
        filtered = new FilteredList<>(products, p -> true);
        SortedList<Product> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("stockTable");
        table.setPlaceholder(new Label("No item matches the search."));
        table.getColumns().add(column("SKU", 90, p -> constant(p.sku)));
        table.getColumns().add(column("Item", 200, p -> p.name));
        table.getColumns().add(column("Category", 120, p -> p.category));
        table.getColumns().add(column("Location", 100, p -> p.location));
        table.getColumns().add(column("In stock", 70, p -> p.quantity.asObject()));
        table.getColumns().add(column("Reorder at", 80, p -> p.reorderLevel.asObject()));
        TableColumn<Product, Double> price = column("Unit price", 80, p -> p.unitPrice.asObject());
        price.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : String.format(Locale.UK, "\u00a3%,.2f", value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        table.getColumns().add(price);
        table.getColumns().add(column("Supplier", 160, p -> p.supplier));
        table.getColumns().add(column("Contact email", 230, p -> p.contactEmail));
        table.getColumns().add(column("Phone", 130, p -> p.contactPhone));
        TableColumn<Product, LocalDate> restock = column("Last restock", 100, p -> p.lastRestock);
        restock.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : DATE.format(value));
            }
        });
        table.getColumns().add(restock);
        table.setRowFactory(t -> new StockRow());

        contextMenu.getItems().addAll(editItem, reorderItem, copySkuItem, new SeparatorMenuItem(), deleteItem);
        table.setContextMenu(contextMenu);
        copySkuItem.setOnAction(e -> {
            Product p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(p.sku);
                Clipboard.getSystemClipboard().setContent(content);
                status.accept("Copied " + p.sku);
            }
        });

        search.setId("search");
        search.setPromptText("Search SKU, item, category or supplier");
        search.setTooltip(new Tooltip("Filters the table as you type"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((o, was, text) -> refilter());
        count.getStyleClass().add("count");
        updateCount();
        HBox searchBar = new HBox(8, new Label("Search"), search, count);
        searchBar.setAlignment(Pos.CENTER_LEFT);
        searchBar.setPadding(new Insets(8));
        VBox left = new VBox(searchBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        form = new ProductForm(saved -> {
            table.refresh();
            status.accept("Saved " + saved.sku + " (" + saved.name.get() + ")");
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> form.show(p));
        editItem.setOnAction(e -> form.name.requestFocus());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        getItems().addAll(left, formScroll);
        setDividerPositions(0.64);
    }

    /** Shows only the items below their reorder level (the tool bar's toggle). */
    void setLowStockOnly(boolean only) {
        lowStockOnly = only;
        refilter();
    }

    private void refilter() {
        String needle = search.getText().trim().toLowerCase(Locale.ROOT);
        boolean low = lowStockOnly;
        filtered.setPredicate(p -> p.matches(needle) && (!low || p.isLow()));
        updateCount();
    }

    private void updateCount() {
        count.setText(filtered.size() + " of " + products.size() + " items");
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new javafx.beans.property.ReadOnlyObjectWrapper<>(value);
    }

    private static <T> TableColumn<Product, T> column(
            String title, double width, Function<Product, ObservableValue<T>> value) {
        TableColumn<Product, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        return c;
    }

    /** Rows of items below their reorder level stand out, and say why on hover. */
    private static final class StockRow extends TableRow<Product> {
        private final Tooltip lowTip = new Tooltip();

        @Override
        protected void updateItem(Product p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("low-stock", "discontinued");
            setTooltip(null);
            if (!empty && p != null) {
                if (p.discontinued.get()) {
                    getStyleClass().add("discontinued");
                } else if (p.isLow()) {
                    getStyleClass().add("low-stock");
                    lowTip.setText("Below the reorder level of " + p.reorderLevel.get());
                    setTooltip(lowTip);
                }
            }
        }
    }
}
