package io.tapedeck.examples.crm;

import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.plaf.basic.ComboPopup;

/**
 * Drives the CRM like a user for a fixed time, then exits: signs in, searches, edits a
 * customer, scrolls, opens dialogs and menus, visits every tab.
 *
 * <p>Each step logs a timestamped line, and each state worth checking in a replay prints
 * {@code AUTOPILOT checkpoint <name> <epochMillis>} once the app really shows it (verified on
 * the EDT); the state then holds for {@link #hold} ms so a replay seeked just after the
 * checkpoint shows it.
 */
final class Autopilot extends Thread {
    static final String USER = "ada.admin";
    static final String PASSWORD = "Tr0ub4dor&3";
    static final String SEARCH = "Lovelace";
    static final String NEW_EMAIL = "ada@example.org";
    static final String NEW_CUSTOMER = "Grace Hopper";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final CrmApp app;
    private final long deadline;
    /** Clicks on a step before it fails (lost clicks are re-aimed in between). */
    private static final int MAX_ATTEMPTS = 4;
    private final long hold;
    private RobotDriver robot;

    Autopilot(CrmApp app, long budgetMs) {
        super("crm-autopilot");
        this.app = app;
        this.deadline = System.currentTimeMillis() + budgetMs;
        this.hold = Math.max(900, Math.min(1500, budgetMs / 25));
    }

    @Override
    public void run() {
        startWatchdog();
        int status = 0;
        try {
            robot = new RobotDriver(110); // a fast typist (about 9 keys a second), so typing reads as typing
            signIn();
            editCustomer();
            scrollTable();
            newCustomerDialog();
            accounts();
            reports();
            helpMenu();
            browseUntilDeadline();
            checkpoint("done");
        } catch (Throwable t) {
            System.out.println("AUTOPILOT failed: " + t);
            t.printStackTrace();
            status = 1;
        }
        exit(status);
    }

    private void signIn() {
        step("waiting for the sign-in screen");
        robot.waitFor("sign-in screen", () -> app.signInPanel() != null && app.signInPanel().isShowing(), 10_000);
        SignInPanel panel = robot.onEdt(app::signInPanel);
        step("typing the user name");
        focus("user name", panel.userName);
        robot.type(USER);
        robot.waitFor("user name typed", () -> USER.equals(panel.userName.getText()), 3000);
        step("typing the password");
        focus("password", panel.password);
        robot.type(PASSWORD);
        robot.waitFor("password typed", () -> panel.password.getPassword().length == PASSWORD.length(), 3000);
        checkpoint("password-typed");
        RobotDriver.sleep(hold);
        step("signing in");
        act("main window", () -> robot.click(() -> panel.signIn), () -> app.mainWindow() != null && app.mainWindow().isShowing());
        checkpoint("signed-in");
        RobotDriver.sleep(hold);
    }

    private void editCustomer() {
        CustomersPanel customers = main().customers;
        step("searching for " + SEARCH);
        focus("search field", customers.search);
        robot.type(SEARCH);
        robot.waitFor("search filtered", () -> customers.table.getRowCount() == 1, 3000);
        checkpoint("search-typed");
        RobotDriver.sleep(hold);
        step("selecting the customer");
        act("customer selected", () -> robot.click(robot.screenPoint(() -> customers.table, () -> customers.table.getCellRect(0, 1, true))), () -> customers.form.customer() != null
            && SampleData.FEATURED_CUSTOMER.equals(customers.form.name.getText()));
        checkpoint("row-selected");
        RobotDriver.sleep(hold);
        step("changing the email to " + NEW_EMAIL);
        focus("email field", customers.form.email);
        robot.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        robot.type(NEW_EMAIL);
        robot.waitFor("email typed", () -> NEW_EMAIL.equals(customers.form.email.getText()), 3000);
        checkpoint("email-typed");
        RobotDriver.sleep(hold);
        step("saving");
        act("saved", () -> robot.click(() -> customers.form.save), () -> NEW_EMAIL.equals(customers.table.getValueAt(0, 3)));
        checkpoint("customer-saved");
        RobotDriver.sleep(hold);
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
            RobotDriver.sleep(120);
        }
        robot.waitFor("table scrolled", () -> customers.tableScroll.getViewport().getViewPosition().y > 0, 3000);
        checkpoint("table-scrolled");
        RobotDriver.sleep(hold);
    }

    private void newCustomerDialog() {
        MainWindow main = main();
        step("opening the New customer dialog");
        act("dialog open", () -> robot.click(() -> main.newButton), () -> showing(NewCustomerDialog.class) != null);
        NewCustomerDialog dialog = robot.onEdt(() -> showing(NewCustomerDialog.class));
        focus("new customer's name", dialog.name);
        robot.type(NEW_CUSTOMER);
        robot.waitFor("name typed", () -> NEW_CUSTOMER.equals(dialog.name.getText()), 3000);
        checkpoint("dialog-open");
        RobotDriver.sleep(hold);
        step("cancelling the dialog");
        act("dialog closed", () -> robot.click(() -> dialog.cancel), () -> showing(NewCustomerDialog.class) == null);
        checkpoint("dialog-closed");
        RobotDriver.sleep(hold);
    }

    private void accounts() {
        MainWindow main = main();
        AccountsPanel accounts = main.accounts;
        step("opening the Accounts tab");
        act("Accounts tab", () -> robot.click(robot.screenPoint(() -> main.tabs, () -> main.tabs.getBoundsAt(1))), () -> main.tabs.getSelectedIndex() == 1 && accounts.tree.isShowing());
        step("expanding the tree");
        act("region expanded", () -> robot.doubleClick(robot.screenPoint(() -> accounts.tree, () -> accounts.tree.getRowBounds(1))), () -> accounts.tree.isExpanded(1));
        RobotDriver.sleep(300);
        act("company expanded", () -> robot.doubleClick(robot.screenPoint(() -> accounts.tree, () -> accounts.tree.getRowBounds(2))), () -> accounts.tree.isExpanded(2));
        checkpoint("accounts-tab");
        RobotDriver.sleep(hold);
    }

    private void reports() {
        MainWindow main = main();
        JComboBox<String> period = main.reports.period;
        step("opening the Reports tab");
        act("Reports tab", () -> robot.click(robot.screenPoint(() -> main.tabs, () -> main.tabs.getBoundsAt(2))), () -> main.tabs.getSelectedIndex() == 2 && period.isShowing());
        step("choosing the period " + SampleData.PERIODS[2]);
        act("period list", () -> robot.click(() -> period), period::isPopupVisible);
        JList<?> list = robot.onEdt(() -> ((ComboPopup) period.getUI().getAccessibleChild(period, 0)).getList());
        act("period chosen", () -> robot.click(robot.screenPoint(() -> list, () -> list.getCellBounds(2, 2))), () -> period.getSelectedIndex() == 2 && !period.isPopupVisible());
        checkpoint("reports-tab");
        RobotDriver.sleep(hold);
    }

    private void helpMenu() {
        MainWindow main = main();
        step("opening the Help menu");
        act("menu open", () -> robot.click(() -> main.helpMenu), () -> main.helpMenu.getPopupMenu().isShowing());
        checkpoint("menu-open");
        RobotDriver.sleep(hold);
        step("opening About");
        act("About open", () -> robot.click(() -> main.aboutItem), () -> showing(AboutDialog.class) != null);
        checkpoint("about-open");
        RobotDriver.sleep(hold);
        AboutDialog about = robot.onEdt(() -> showing(AboutDialog.class));
        act("About closed", () -> robot.click(() -> about.close), () -> showing(AboutDialog.class) == null);
        checkpoint("about-closed");
        RobotDriver.sleep(hold);
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
            Point row = robot.onEdt(() -> {
                java.awt.Rectangle visible = table.getVisibleRect();
                int r = table.rowAtPoint(new Point(0, visible.y + visible.height / 3));
                java.awt.Rectangle cell = table.getCellRect(Math.max(r, 0), 1, true);
                Point p = new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
                javax.swing.SwingUtilities.convertPointToScreen(p, table);
                return p;
            });
            robot.click(row);
            RobotDriver.sleep(700);
        }
    }

    /**
     * Does {@code action} (a click) until {@code done} holds: a click can get lost, for example
     * while a just-opened window is still settling, and a person would simply click again.
     * Under Xvfb without a window manager AWT sometimes keeps a wrong idea of where a window is,
     * so every real click misses; the last attempt then posts the same click through AWT's
     * event queue (seen with and without Tapedeck, a few runs in a hundred).
     */
    private void act(String what, Runnable action, java.util.concurrent.Callable<Boolean> done) {
        for (int attempt = 1; ; attempt++) {
            if (attempt < MAX_ATTEMPTS) {
                action.run();
            } else {
                step("real clicks keep missing; posting the click through the event queue (" + what + ")");
                robot.repeatLastClickThroughEventQueue();
            }
            try {
                robot.waitFor(what, done, attempt < MAX_ATTEMPTS ? 1500 : 5000);
                return;
            } catch (IllegalStateException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                step("no effect yet, clicking again (" + what + ")");
                robot.resyncWindowPositions();
            }
        }
    }

    /** Clicks into a text field until it has the keyboard focus, so typing goes there. */
    private void focus(String what, java.awt.Component field) {
        act(what + " focused", () -> robot.click(() -> field), field::isFocusOwner);
    }

    private MainWindow main() {
        return robot.onEdt(app::mainWindow);
    }

    private static <T extends Window> T showing(Class<T> type) {
        for (Window window : Window.getWindows()) {
            if (type.isInstance(window) && window.isShowing()) {
                return type.cast(window);
            }
        }
        return null;
    }

    private static void step(String what) {
        System.out.println("AUTOPILOT " + LocalTime.now().format(CLOCK) + " " + what);
    }

    private static void checkpoint(String name) {
        System.out.println("AUTOPILOT checkpoint " + name + " " + System.currentTimeMillis());
    }

    private void exit(int status) {
        step("exiting with status " + status);
        try {
            javax.swing.SwingUtilities.invokeAndWait(CrmApp::disposeAll);
        } catch (Exception e) {
            // Exiting anyway.
        }
        System.out.flush();
        System.exit(status);
    }

    /** A stuck step must not leave a JVM running forever under a test. */
    private void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            RobotDriver.sleep(Math.max(0, deadline - System.currentTimeMillis()) + 60_000);
            System.out.println("AUTOPILOT failed: still running a minute past its time");
            Runtime.getRuntime().halt(2);
        }, "crm-autopilot-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
