package io.tapedeck.examples.inventory;

import io.tapedeck.examples.autopilot.AutopilotThread;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

/**
 * Drives Tapedeck Inventory like a user for a fixed time, then exits: signs in, searches,
 * edits an item, opens the context menu, a custom dialog and a confirmation, scrolls the table,
 * opens a menu, visits every tab. The log, the checkpoints, the retries and the exit are
 * {@link AutopilotThread}'s; states are checked on the FX thread. Input is real (the JavaFX
 * Robot); when a click has no effect after a few tries (a window that has not settled yet), the
 * last try does the same thing through the control itself, and the log says so.
 */
final class Autopilot extends AutopilotThread<FxRobotDriver> {
    static final String USER = "grace.ops";
    static final String PASSWORD = "S3cure#Stock!";
    static final String SEARCH = "lantern";
    static final String NEW_LOCATION = "COLD-02-1";
    static final String ORDER_REFERENCE = "PO 4471";
    static final String REPORT_CATEGORY = "Tools";

    private final InventoryApp app;

    Autopilot(InventoryApp app, long budgetMs) {
        // The hold: long enough for a recorder under a UI-thread budget to catch up with each
        // state (captures of a big table come about once a second), short enough to stay lively.
        super("inventory-autopilot", budgetMs, Math.max(2000, Math.min(2500, budgetMs / 15)));
        setDaemon(true);
        this.app = app;
    }

    @Override
    protected FxRobotDriver newRobot() {
        return new FxRobotDriver(110); // a fast typist (about 9 keys a second), so typing reads as typing
    }

    @Override
    protected void drive() {
        signIn();
        searchAndEdit();
        contextMenuAndDialog();
        confirmDelete();
        scrollTable();
        viewMenu();
        reports();
        suppliers();
        tooltip();
        browseUntilDeadline();
    }

    private void signIn() {
        step("waiting for the sign-in screen");
        robot.waitFor(
                "sign-in screen",
                () -> app.signInView() != null
                        && app.signInView().getScene().getWindow().isShowing(),
                15_000);
        SignInView view = robot.onUiThread(app::signInView);
        settle();
        step("typing the user name");
        focus("user name", () -> view.user);
        robot.type(USER);
        robot.waitFor("user name typed", () -> USER.equals(view.user.getText()), 3000);
        step("typing the password");
        focus("password", () -> view.password);
        robot.type(PASSWORD);
        robot.waitFor("password typed", () -> view.password.getText().length() == PASSWORD.length(), 3000);
        reached("password-typed");
        step("signing in");
        act(
                "main window",
                () -> robot.click(() -> view.signIn),
                view.signIn::fire,
                () -> app.mainView() != null && app.mainStage().isShowing());
        settle();
        reached("signed-in");
    }

    private void searchAndEdit() {
        StockView stock = main().stock;
        step("searching for " + SEARCH);
        focus("search field", () -> stock.search);
        robot.type(SEARCH);
        robot.waitFor(
                "search filtered",
                () -> stock.table.getItems().size() == 1 && FxFind.row(stock.table, 0) != null,
                3000);
        reached("search-typed");
        step("selecting the item");
        act(
                "item selected",
                () -> robot.click(rowPoint(stock, 0)),
                () -> stock.table.getSelectionModel().select(0),
                () -> stock.form.product() != null && SampleStock.FEATURED_PRODUCT.equals(stock.form.name.getText()));
        reached("row-selected");
        step("moving it to " + NEW_LOCATION);
        focus("location field", () -> stock.form.location);
        robot.chord(KeyCode.CONTROL, KeyCode.A);
        robot.type(NEW_LOCATION);
        robot.waitFor("location typed", () -> NEW_LOCATION.equals(stock.form.location.getText()), 3000);
        step("marking it chilled");
        Node chilled = robot.onUiThread(() -> FxFind.labeled(stock.form, ".radio-button", "Chilled"));
        act(
                "chilled",
                () -> robot.click(() -> chilled),
                () -> ((RadioButton) chilled).fire(),
                () -> ((RadioButton) chilled).isSelected());
        reached("location-typed");
        step("saving");
        act(
                "saved",
                () -> robot.click(() -> stock.form.save),
                stock.form.save::fire,
                () -> NEW_LOCATION.equals(stock.table.getItems().get(0).location.get()));
        reached("item-saved");
    }

    private void contextMenuAndDialog() {
        MainView main = main();
        StockView stock = main.stock;
        step("opening the context menu on the row");
        act(
                "context menu",
                () -> robot.rightClick(rowPoint(stock, 0)),
                () -> stock.contextMenu.show(
                        stock.table,
                        robot.lastClickAt().getX(),
                        robot.lastClickAt().getY()),
                stock.contextMenu::isShowing);
        reached("context-menu-open");
        step("choosing Reorder\u2026");
        act(
                "reorder dialog",
                () -> robot.click(() -> FxFind.inPopup(".menu-item", "Reorder\u2026")),
                stock.reorderItem::fire,
                () -> main.openDialog instanceof ReorderDialog && main.openDialog.isShowing());
        ReorderDialog dialog = (ReorderDialog) robot.onUiThread(() -> main.openDialog);
        settle();
        focus("order reference", () -> dialog.reference);
        robot.type(ORDER_REFERENCE);
        robot.waitFor("reference typed", () -> ORDER_REFERENCE.equals(dialog.reference.getText()), 3000);
        reached("dialog-open");
        step("cancelling the order");
        Node cancel = robot.onUiThread(() -> dialog.getDialogPane().lookupButton(ButtonType.CANCEL));
        act(
                "dialog closed",
                () -> robot.click(() -> cancel),
                () -> ((Button) cancel).fire(),
                () -> main.openDialog == null);
        reached("dialog-closed");
    }

    private void confirmDelete() {
        MainView main = main();
        step("asking to delete the item");
        act(
                "confirmation",
                () -> robot.click(() -> main.deleteButton),
                main.deleteButton::fire,
                () -> main.openDialog instanceof Alert && main.openDialog.isShowing());
        settle();
        reached("alert-open");
        step("keeping it after all");
        Alert alert = (Alert) robot.onUiThread(() -> main.openDialog);
        Node cancel = robot.onUiThread(() -> alert.getDialogPane().lookupButton(ButtonType.CANCEL));
        act(
                "confirmation closed",
                () -> robot.click(() -> cancel),
                () -> ((Button) cancel).fire(),
                () -> main.openDialog == null);
        reached("alert-closed");
    }

    private void scrollTable() {
        StockView stock = main().stock;
        step("clearing the search");
        focus("search field", () -> stock.search);
        robot.chord(KeyCode.CONTROL, KeyCode.A);
        robot.chord(KeyCode.BACK_SPACE);
        robot.waitFor("all items", () -> stock.table.getItems().size() == stock.products.size(), 3000);
        reached("search-cleared");
        step("scrolling the table");
        robot.glideTo(robot.centerOf(() -> stock.table));
        for (int i = 0; i < 4; i++) {
            robot.wheel(5);
            FxRobotDriver.sleep(120);
        }
        robot.waitFor("table scrolled", () -> FxFind.verticalScroll(stock.table) > 0, 3000);
        reached("table-scrolled");
    }

    private void viewMenu() {
        MainView main = main();
        step("opening the View menu");
        act(
                "menu open",
                () -> robot.click(() -> FxFind.labeled(main.menuBar, ".menu", "View")),
                main.viewMenu::show,
                main.viewMenu::isShowing);
        reached("menu-open");
        step("closing it");
        act("menu closed", () -> robot.chord(KeyCode.ESCAPE), main.viewMenu::hide, () -> !main.viewMenu.isShowing());
        FxRobotDriver.sleep(300);
    }

    private void reports() {
        MainView main = main();
        ReportsView reports = main.reports;
        step("opening the Reports tab");
        act(
                "Reports tab",
                () -> robot.click(() -> FxFind.labeled(main.tabs, ".tab", "Reports")),
                () -> main.tabs.getSelectionModel().select(1),
                () -> main.tabs.getSelectionModel().getSelectedIndex() == 1);
        step("choosing the category " + REPORT_CATEGORY);
        act(
                "category list",
                () -> robot.click(() -> reports.category),
                reports.category::show,
                reports.category::isShowing);
        act(
                "category chosen",
                () -> robot.click(() -> FxFind.inPopup(".list-cell", REPORT_CATEGORY)),
                () -> {
                    reports.category.setValue(REPORT_CATEGORY);
                    reports.category.hide();
                },
                () -> REPORT_CATEGORY.equals(reports.category.getValue()) && !reports.category.isShowing());
        reached("reports-tab");
    }

    private void suppliers() {
        MainView main = main();
        SuppliersView suppliers = main.suppliers;
        step("opening the Suppliers tab");
        act(
                "Suppliers tab",
                () -> robot.click(() -> FxFind.labeled(main.tabs, ".tab", "Suppliers")),
                () -> main.tabs.getSelectionModel().select(2),
                () -> main.tabs.getSelectionModel().getSelectedIndex() == 2);
        String wanted = SampleStock.SUPPLIERS[3][0];
        act(
                "supplier chosen",
                () -> robot.click(() -> FxFind.labeled(suppliers.list, ".list-cell", wanted)),
                () -> suppliers.list.getSelectionModel().select(3),
                () -> suppliers.list.getSelectionModel().getSelectedIndex() == 3);
        reached("suppliers-tab");
        step("synchronising stock levels");
        act(
                "sync running",
                () -> robot.click(() -> main.refreshButton),
                main.refreshButton::fire,
                main.sync::isVisible);
        reached("sync-running");
    }

    /** Rests the mouse on a tool bar button until its tooltip shows, as someone unsure of it would. */
    private void tooltip() {
        MainView main = main();
        Tooltip tip = robot.onUiThread(main.reorderButton::getTooltip);
        step("hovering over Reorder…");
        act(
                "tooltip shown",
                () -> {
                    Point2D at = robot.centerOf(() -> main.reorderButton);
                    robot.glideTo(at.add(-6, 3));
                    robot.glideTo(at);
                },
                () -> {
                    Point2D at = FxRobotDriver.center(main.reorderButton);
                    tip.show(main.reorderButton, at.getX(), at.getY() + 18);
                },
                tip::isShowing);
        reached("tooltip-shown");
    }

    /** Fills the rest of the time like someone browsing the stock list, then stops on time. */
    private void browseUntilDeadline() {
        MainView main = main();
        if (System.currentTimeMillis() + 2500 > deadline) {
            return;
        }
        step("browsing the stock");
        act(
                "Stock tab",
                () -> robot.click(() -> FxFind.labeled(main.tabs, ".tab", "Stock")),
                () -> main.tabs.getSelectionModel().select(0),
                () -> main.tabs.getSelectionModel().getSelectedIndex() == 0);
        int direction = 1;
        int round = 0;
        while (System.currentTimeMillis() + 1500 < deadline) {
            robot.glideTo(robot.centerOf(() -> main.stock.table));
            robot.wheel(direction * 6);
            if (++round % 4 == 0) {
                direction = -direction;
            }
            Point2D row = robot.onUiThread(() -> {
                Bounds b = main.stock.table.localToScreen(main.stock.table.getBoundsInLocal());
                return new Point2D(b.getMinX() + 150, b.getMinY() + b.getHeight() / 3);
            });
            robot.click(row);
            FxRobotDriver.sleep(700);
        }
    }

    /** The screen point of a visible row's Item cell. */
    private Point2D rowPoint(StockView stock, int index) {
        return robot.onUiThread(() -> {
            TableRow<?> row = FxFind.row(stock.table, index);
            if (row == null) {
                throw new IllegalStateException("row " + index + " is not showing");
            }
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            return new Point2D(b.getMinX() + 150, b.getMinY() + b.getHeight() / 2);
        });
    }

    /** Real input until {@code done} holds ({@link AutopilotThread#act}); the last try is {@code fallback}, through the control on the FX thread. */
    private void act(String what, Runnable action, Runnable fallback, Callable<Boolean> done) {
        act(what, action, "doing it through the control", () -> robot.onUiThread(fallback), done);
    }

    /** Clicks into a text field until it has the keyboard focus, so typing goes there. */
    private void focus(String what, Supplier<? extends Node> field) {
        act(
                what + " focused",
                () -> robot.click(field),
                () -> field.get().requestFocus(),
                () -> field.get().isFocused()
                        && field.get().getScene().getWindow().isFocused());
    }

    private MainView main() {
        return robot.onUiThread(app::mainView);
    }

    @Override
    protected void closeWindows() {
        try {
            robot.onUiThread(() -> {
                for (Window w : Window.getWindows().toArray(new Window[0])) {
                    w.hide();
                }
            });
        } finally {
            Platform.exit();
        }
    }

    /** Newly shown windows get a moment to be placed and painted before they are aimed at. */
    private static void settle() {
        FxRobotDriver.sleep(400);
    }
}
