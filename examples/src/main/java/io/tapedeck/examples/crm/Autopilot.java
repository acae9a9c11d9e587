package io.tapedeck.examples.crm;

import io.tapedeck.examples.autopilot.AutopilotThread;
import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.plaf.basic.ComboPopup;

/**
 * Drives the CRM like a user for a fixed time, then exits: signs in, searches, edits a
 * customer, scrolls, opens dialogs and menus, visits every tab. The log, the checkpoints, the
 * retries and the exit are {@link AutopilotThread}'s; states are checked on the EDT.
 */
final class Autopilot extends AutopilotThread<SwingRobotDriver> {
    static final String USER = "ada.admin";
    static final String PASSWORD = "Tr0ub4dor&3";
    static final String SEARCH = "Lovelace";
    static final String NEW_EMAIL = "ada@example.org";
    static final String NEW_CUSTOMER = "Grace Hopper";

    private final CrmApp app;

    Autopilot(CrmApp app, long budgetMs) {
        super("crm-autopilot", budgetMs, Math.max(900, Math.min(1500, budgetMs / 25)));
        this.app = app;
    }

    @Override
    protected SwingRobotDriver newRobot() throws Exception {
        return new SwingRobotDriver(110); // a fast typist (about 9 keys a second), so typing reads as typing
    }

    @Override
    protected void drive() {
        signIn();
        editCustomer();
        scrollTable();
        newCustomerDialog();
        accounts();
        reports();
        helpMenu();
        browseUntilDeadline();
    }

    private void signIn() {
        step("waiting for the sign-in screen");
        robot.waitFor(
                "sign-in screen",
                () -> app.signInPanel() != null && app.signInPanel().isShowing(),
                10_000);
        SignInPanel panel = robot.onUiThread(app::signInPanel);
        step("typing the user name");
        focus("user name", panel.userName);
        robot.type(USER);
        robot.waitFor("user name typed", () -> USER.equals(panel.userName.getText()), 3000);
        step("typing the password");
        focus("password", panel.password);
        robot.type(PASSWORD);
        robot.waitFor("password typed", () -> panel.password.getPassword().length == PASSWORD.length(), 3000);
        reached("password-typed");
        step("signing in");
        act(
                "main window",
                () -> robot.click(() -> panel.signIn),
                () -> app.mainWindow() != null && app.mainWindow().isShowing());
        reached("signed-in");
    }

    private void editCustomer() {
        CustomersPanel customers = main().customers;
        step("searching for " + SEARCH);
        focus("search field", customers.search);
        robot.type(SEARCH);
        robot.waitFor("search filtered", () -> customers.table.getRowCount() == 1, 3000);
        reached("search-typed");
        step("selecting the customer");
        act(
                "customer selected",
                () -> robot.click(
                        robot.screenPoint(() -> customers.table, () -> customers.table.getCellRect(0, 1, true))),
                () -> customers.form.customer() != null
                        && SampleData.FEATURED_CUSTOMER.equals(customers.form.name.getText()));
        reached("row-selected");
        step("changing the email to " + NEW_EMAIL);
        focus("email field", customers.form.email);
        robot.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        robot.type(NEW_EMAIL);
        robot.waitFor("email typed", () -> NEW_EMAIL.equals(customers.form.email.getText()), 3000);
        reached("email-typed");
        step("saving");
        act(
                "saved",
                () -> robot.click(() -> customers.form.save),
                () -> NEW_EMAIL.equals(customers.table.getValueAt(0, 3)));
        reached("customer-saved");
    }

    private void scrollTable() {
        CustomersPanel customers = main().customers;
        step("clearing the search");
        focus("search field", customers.search);
        robot.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        robot.chord(KeyEvent.VK_BACK_SPACE);
        robot.waitFor("all customers", () -> customers.table.getRowCount() == customers.model.getRowCount(), 3000);
        step("scrolling the table");
        robot.glideTo(robot.centerOf(() -> customers.tableScroll.getViewport()));
        for (int i = 0; i < 4; i++) {
            robot.wheel(5);
            SwingRobotDriver.sleep(120);
        }
        robot.waitFor(
                "table scrolled", () -> customers.tableScroll.getViewport().getViewPosition().y > 0, 3000);
        reached("table-scrolled");
    }

    private void newCustomerDialog() {
        MainWindow main = main();
        step("opening the New customer dialog");
        act("dialog open", () -> robot.click(() -> main.newButton), () -> showing(NewCustomerDialog.class) != null);
        NewCustomerDialog dialog = robot.onUiThread(() -> showing(NewCustomerDialog.class));
        focus("new customer's name", dialog.name);
        robot.type(NEW_CUSTOMER);
        robot.waitFor("name typed", () -> NEW_CUSTOMER.equals(dialog.name.getText()), 3000);
        reached("dialog-open");
        step("cancelling the dialog");
        act("dialog closed", () -> robot.click(() -> dialog.cancel), () -> showing(NewCustomerDialog.class) == null);
        reached("dialog-closed");
    }

    private void accounts() {
        MainWindow main = main();
        AccountsPanel accounts = main.accounts;
        step("opening the Accounts tab");
        act(
                "Accounts tab",
                () -> robot.click(robot.screenPoint(() -> main.tabs, () -> main.tabs.getBoundsAt(1))),
                () -> main.tabs.getSelectedIndex() == 1 && accounts.tree.isShowing());
        step("expanding the tree");
        act(
                "region expanded",
                () -> robot.doubleClick(robot.screenPoint(() -> accounts.tree, () -> accounts.tree.getRowBounds(1))),
                () -> accounts.tree.isExpanded(1));
        SwingRobotDriver.sleep(300);
        act(
                "company expanded",
                () -> robot.doubleClick(robot.screenPoint(() -> accounts.tree, () -> accounts.tree.getRowBounds(2))),
                () -> accounts.tree.isExpanded(2));
        reached("accounts-tab");
    }

    private void reports() {
        MainWindow main = main();
        JComboBox<String> period = main.reports.period;
        step("opening the Reports tab");
        act(
                "Reports tab",
                () -> robot.click(robot.screenPoint(() -> main.tabs, () -> main.tabs.getBoundsAt(2))),
                () -> main.tabs.getSelectedIndex() == 2 && period.isShowing());
        step("choosing the period " + SampleData.PERIODS[2]);
        act("period list", () -> robot.click(() -> period), period::isPopupVisible);
        JList<?> list = robot.onUiThread(() -> ((ComboPopup) period.getUI().getAccessibleChild(period, 0)).getList());
        act(
                "period chosen",
                () -> robot.click(robot.screenPoint(() -> list, () -> list.getCellBounds(2, 2))),
                () -> period.getSelectedIndex() == 2 && !period.isPopupVisible());
        reached("reports-tab");
    }

    private void helpMenu() {
        MainWindow main = main();
        step("opening the Help menu");
        act(
                "menu open",
                () -> robot.click(() -> main.helpMenu),
                () -> main.helpMenu.getPopupMenu().isShowing());
        reached("menu-open");
        step("opening About");
        act("About open", () -> robot.click(() -> main.aboutItem), () -> showing(AboutDialog.class) != null);
        reached("about-open");
        AboutDialog about = robot.onUiThread(() -> showing(AboutDialog.class));
        act("About closed", () -> robot.click(() -> about.close), () -> showing(AboutDialog.class) == null);
        reached("about-closed");
    }

    /** Fills the rest of the time like someone browsing the list, then stops on time. */
    private void browseUntilDeadline() {
        MainWindow main = main();
        if (System.currentTimeMillis() + 2500 > deadline) {
            return;
        }
        step("browsing customers");
        robot.click(robot.screenPoint(() -> main.tabs, () -> main.tabs.getBoundsAt(0)));
        JTable table = main.customers.table;
        int direction = 1;
        int round = 0;
        while (System.currentTimeMillis() + 1500 < deadline) {
            robot.glideTo(robot.centerOf(() -> main.customers.tableScroll.getViewport()));
            robot.wheel(direction * 6);
            if (++round % 4 == 0) {
                direction = -direction;
            }
            Point row = robot.onUiThread(() -> {
                java.awt.Rectangle visible = table.getVisibleRect();
                int r = table.rowAtPoint(new Point(0, visible.y + visible.height / 3));
                java.awt.Rectangle cell = table.getCellRect(Math.max(r, 0), 1, true);
                Point p = new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
                javax.swing.SwingUtilities.convertPointToScreen(p, table);
                return p;
            });
            robot.click(row);
            SwingRobotDriver.sleep(700);
        }
    }

    /**
     * Clicks until {@code done} holds ({@link AutopilotThread#act}). Under Xvfb without a window
     * manager AWT sometimes keeps a wrong idea of where a window is, so every real click misses;
     * the last try then posts the same click through AWT's event queue (seen with and without
     * Tapedeck, a few runs in a hundred).
     */
    private void act(String what, Runnable click, java.util.concurrent.Callable<Boolean> done) {
        act(what, click, "posting the click through the event queue", robot::repeatLastClickThroughEventQueue, done);
    }

    @Override
    protected void beforeTryingAgain() {
        robot.resyncWindowPositions();
    }

    /** Clicks into a text field until it has the keyboard focus, so typing goes there. */
    private void focus(String what, java.awt.Component field) {
        act(what + " focused", () -> robot.click(() -> field), field::isFocusOwner);
    }

    private MainWindow main() {
        return robot.onUiThread(app::mainWindow);
    }

    private static <T extends Window> T showing(Class<T> type) {
        for (Window window : Window.getWindows()) {
            if (type.isInstance(window) && window.isShowing()) {
                return type.cast(window);
            }
        }
        return null;
    }

    @Override
    protected void closeWindows() throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(CrmApp::disposeAll);
    }
}
