package io.tapedeck.examples.inventory;

import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The main window's content: menus, tool bar, the Stock / Reports / Suppliers tabs, status bar. */
final class MainView extends BorderPane {
    static final String DELETE_WARNING = "This removes the item and its stock history. It cannot be undone.";
    final MenuBar menuBar = new MenuBar();
    final Menu fileMenu = new Menu("File");
    final Menu editMenu = new Menu("Edit");
    final Menu viewMenu = new Menu("View");
    final Menu helpMenu = new Menu("Help");
    final ToolBar toolBar = new ToolBar();
    final Button reorderButton = new Button("Reorder\u2026");
    final Button deleteButton = new Button("Delete\u2026");
    final Button refreshButton = new Button("Refresh");
    final ToggleButton lowStockButton = new ToggleButton("Low stock only");
    final TabPane tabs = new TabPane();
    final StockView stock;
    final ReportsView reports = new ReportsView();
    final SuppliersView suppliers = new SuppliersView();
    final Label status = new Label();
    final ProgressBar sync = new ProgressBar(0);
    /** The dialog or alert open now, if any (for the autopilot). */
    volatile javafx.scene.control.Dialog<?> openDialog;

    MainView(String user) {
        getStyleClass().add("main-view");
        stock = new StockView(SampleStock.products(), this::status);
        buildMenus();
        buildToolBar();
        Tab stockTab = new Tab("Stock", stock);
        Tab reportsTab = new Tab("Reports", reports);
        Tab suppliersTab = new Tab("Suppliers", suppliers);
        for (Tab t : new Tab[] {stockTab, reportsTab, suppliersTab}) {
            t.setClosable(false);
        }
        tabs.setId("mainTabs");
        tabs.getTabs().addAll(stockTab, reportsTab, suppliersTab);
        tabs.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, tab) -> status("Viewing " + tab.getText()));
        stock.reorderItem.setOnAction(e -> reorder());
        stock.deleteItem.setOnAction(e -> delete());

        sync.setPrefWidth(140);
        sync.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(10, status, spacer, sync);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(4, 10, 4, 10));
        status("Signed in as " + user + ". " + SampleStock.PRODUCT_COUNT + " items loaded.");

        setTop(new VBox(menuBar, toolBar));
        setCenter(tabs);
        setBottom(statusBar);
    }

    void status(String text) {
        status.setText(text);
    }

    private void buildMenus() {
        MenuItem newItem = new MenuItem("New item\u2026");
        newItem.setDisable(true);
        MenuItem save = new MenuItem("Save");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> stock.form.save.fire());
        MenuItem export = new MenuItem("Export CSV\u2026");
        export.setDisable(true);
        MenuItem exit = new MenuItem("Exit");
        exit.setOnAction(e -> getScene().getWindow().hide());
        fileMenu.getItems().addAll(newItem, save, export, new SeparatorMenuItem(), exit);

        MenuItem find = new MenuItem("Find item");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> {
            tabs.getSelectionModel().select(0);
            stock.search.requestFocus();
        });
        MenuItem reorder = new MenuItem("Reorder\u2026");
        reorder.setOnAction(e -> reorder());
        MenuItem delete = new MenuItem("Delete\u2026");
        delete.setOnAction(e -> delete());
        editMenu.getItems().addAll(find, reorder, new SeparatorMenuItem(), delete);

        CheckMenuItem statusBar = new CheckMenuItem("Status bar");
        statusBar.setSelected(true);
        statusBar.selectedProperty().addListener((o, was, on) -> getBottom().setVisible(on));
        ToggleGroup density = new ToggleGroup();
        RadioMenuItem comfortable = new RadioMenuItem("Comfortable");
        RadioMenuItem compact = new RadioMenuItem("Compact");
        comfortable.setToggleGroup(density);
        compact.setToggleGroup(density);
        comfortable.setSelected(true);
        compact.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                stock.table.getStyleClass().add("compact");
            } else {
                stock.table.getStyleClass().remove("compact");
            }
        });
        viewMenu.getItems().addAll(statusBar, new SeparatorMenuItem(), comfortable, compact);

        MenuItem about = new MenuItem("About Tapedeck Inventory\u2026");
        about.setOnAction(e -> about());
        helpMenu.getItems().add(about);
        menuBar.getMenus().addAll(fileMenu, editMenu, viewMenu, helpMenu);
    }

    private void buildToolBar() {
        Button save = new Button("Save");
        save.setOnAction(e -> stock.form.save.fire());
        save.setTooltip(new Tooltip("Save the selected item (Ctrl+S)"));
        reorderButton.setTooltip(new Tooltip("Order more of the selected item from its supplier"));
        reorderButton.setOnAction(e -> reorder());
        deleteButton.setTooltip(new Tooltip("Delete the selected item"));
        deleteButton.setOnAction(e -> delete());
        refreshButton.setTooltip(new Tooltip("Synchronise stock levels with the warehouse"));
        refreshButton.setOnAction(e -> refresh());
        lowStockButton.setTooltip(new Tooltip("Show only items below their reorder level"));
        lowStockButton.selectedProperty().addListener((o, was, on) -> stock.setLowStockOnly(on));
        toolBar.getItems().addAll(save, reorderButton, deleteButton, new Separator(), refreshButton, lowStockButton);
    }

    private Product selected() {
        Product p = stock.table.getSelectionModel().getSelectedItem();
        if (p == null) {
            status("Select an item first.");
        }
        return p;
    }

    private void reorder() {
        Product p = selected();
        if (p == null) {
            return;
        }
        ReorderDialog dialog = new ReorderDialog(getScene().getWindow(), p);
        Optional<Integer> amount = show(dialog);
        status(amount.map(n -> "Ordered " + n + " \u00d7 " + p.name.get() + " from " + p.supplier.get())
                .orElse("Reorder cancelled"));
    }

    private void delete() {
        Product p = selected();
        if (p == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, DELETE_WARNING, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Delete item");
        confirm.setHeaderText("Delete " + p.name.get() + "?");
        if (show(confirm).filter(b -> b == ButtonType.OK).isPresent()) {
            stock.products.remove(p);
            status("Deleted " + p.sku);
        } else {
            status("Kept " + p.sku);
        }
    }

    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(getScene().getWindow());
        about.setTitle("About");
        about.setHeaderText("Tapedeck Inventory 1.0");
        String replay = replayId();
        about.setContentText("A JavaFX demo app for Tapedeck session replay.\n"
                + (replay == null ? "This session is not recorded." : "Replay: " + replay));
        show(about);
    }

    private <R> Optional<R> show(javafx.scene.control.Dialog<R> dialog) {
        openDialog = dialog;
        try {
            return dialog.showAndWait();
        } finally {
            openDialog = null;
        }
    }

    /** A pretend synchronisation: the status bar's progress runs for two seconds. */
    private void refresh() {
        sync.setVisible(true);
        sync.setProgress(0);
        status("Synchronising stock levels\u2026");
        Timeline run = new Timeline(new KeyFrame(Duration.seconds(2), new KeyValue(sync.progressProperty(), 1)));
        run.setOnFinished(e -> {
            sync.setVisible(false);
            status("Stock levels are up to date.");
        });
        run.play();
    }

    /**
     * The app knows nothing of Tapedeck; when the agent records it, its public API is there to
     * ask for the replay id. Any failure means "not recorded".
     */
    private static String replayId() {
        try {
            Object id =
                    Class.forName("io.tapedeck.Tapedeck").getMethod("replayId").invoke(null);
            if (id instanceof Optional) {
                id = ((Optional<?>) id).orElse(null);
            }
            return id == null ? null : String.valueOf(id);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
