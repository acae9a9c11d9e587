package io.tapedeck.examples.fidelity;

import io.tapedeck.examples.inventory.InventoryApp;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Tapedeck Inventory's screens as scenes, after the {@link FxGallery}'s, in the same JVM and
 * recording, without touching the demo's code: it starts {@link InventoryApp} on a new stage and
 * drives it through its scene graph, finding nodes by id ({@code #stockTable}, {@code #search},
 * {@code #mainTabs}…), by type and by what they show, as a person finds them by looking. The
 * scenes: sign-in, the stock table, a search with the found item selected and its form filled,
 * the table's context menu, the reorder dialog, a confirmation {@code Alert}, the reports tab
 * (JavaFX charts and a live {@code Canvas} chart), the suppliers tab (personal data, unmasked
 * by the run's privacy rule).
 *
 * <p>Actions go through the controls ({@code setText}, {@code fire}, selection models) rather
 * than the Robot: the check is about what the replay shows, and this keeps a scene a second
 * long instead of the autopilot's several.
 */
final class InventoryScenes {
    /**
     * How long a scene holds after its screenshots. A capture of the main window (a table of 260
     * items, charts) is the recorder's largest: within the FX-thread budget one comes about once a
     * second, so a scene must hold a little longer than that.
     */
    private static final long HOLD_MS = 1300;
    /** For scenes that change much at once (a new window, a tab). */
    private static final long BIG_HOLD_MS = 1800;

    private static final String SEARCH = "lantern";

    private final SceneCamera camera;

    InventoryScenes(SceneCamera camera) {
        this.camera = camera;
    }

    /** Shoots every scene; {@code gallery} is hidden once the sign-in window shows. */
    void run(Stage gallery) throws Exception {
        onFx(() -> {
            new InventoryApp().start(new Stage());
            gallery.hide(); // after: hiding the last window would end JavaFX
            return null;
        });
        Stage signIn = waitFor("the sign-in window", () -> stage("Tapedeck Inventory \u2014 Sign in"));
        onFx(() -> {
            text(signIn.getScene(), "#user").setText("grace.ops");
            text(signIn.getScene(), "#password").setText("S3cure#Stock!");
            return null;
        });
        camera.scene("inventory-sign-in", BIG_HOLD_MS);

        onFx(() -> {
            ((ButtonBase) find(signIn.getScene(), "#signIn")).fire();
            return null;
        });
        Stage main = waitFor("the main window", () -> stage("Tapedeck Inventory \u2014 grace.ops"));
        waitFor("the sign-in window gone", () -> signIn.isShowing() ? null : Boolean.TRUE);
        camera.scene("inventory-stock", BIG_HOLD_MS);
        Scene scene = main.getScene();
        TableView<?> table = (TableView<?>) find(scene, "#stockTable");

        onFx(() -> {
            text(scene, "#search").setText(SEARCH);
            table.getSelectionModel().select(0);
            return null;
        });
        waitFor(
                "the found item in the form",
                () -> text(scene, "#name").getText().isEmpty() ? null : Boolean.TRUE);
        camera.scene("inventory-search-selected", HOLD_MS);

        ContextMenu menu = onFx(table::getContextMenu);
        onFx(() -> {
            Node row = table.lookup(".table-row-cell");
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            menu.show(table, b.getMinX() + 150, b.getMaxY() - 4);
            return null;
        });
        waitFor("the context menu", () -> menu.isShowing() ? Boolean.TRUE : null);
        camera.scene("inventory-context-menu", HOLD_MS);

        // Reorder… opens the dialog with showAndWait: fired later, not waited for.
        onFx(() -> {
            menu.hide();
            MenuItem reorder = menu.getItems().stream()
                    .filter(i -> "Reorder\u2026".equals(i.getText()))
                    .findFirst()
                    .orElseThrow();
            Platform.runLater(reorder::fire);
            return null;
        });
        Stage dialog = waitFor("the reorder dialog", () -> stage("Reorder"));
        onFx(() -> {
            text(dialog.getScene(), "#orderReference").setText("PO 4471");
            return null;
        });
        camera.scene("inventory-reorder-dialog", BIG_HOLD_MS);
        close(dialog);

        onFx(() -> {
            Platform.runLater(((ButtonBase) labeled(scene.getRoot(), ".button", "Delete\u2026"))::fire);
            return null;
        });
        Stage alert = waitFor("the delete confirmation", () -> stage("Delete item"));
        camera.scene("inventory-alert", BIG_HOLD_MS);
        close(alert);

        onFx(() -> {
            ((TabPane) find(scene, "#mainTabs")).getSelectionModel().select(1);
            @SuppressWarnings("unchecked")
            ComboBox<String> category = (ComboBox<String>) find(scene, "#reportCategory");
            category.setValue("Tools");
            return null;
        });
        camera.scene("inventory-reports", BIG_HOLD_MS);

        onFx(() -> {
            ((TabPane) find(scene, "#mainTabs")).getSelectionModel().select(2);
            ((ListView<?>) find(scene, "#suppliers")).getSelectionModel().select(3);
            return null;
        });
        camera.scene("inventory-suppliers", BIG_HOLD_MS);
    }

    /** Cancels a dialog or alert (its Cancel button), and waits until it is gone. */
    private static void close(Stage dialog) throws Exception {
        onFx(() -> {
            ((ButtonBase) ((DialogPane) dialog.getScene().getRoot()).lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });
        waitFor("the dialog closed", () -> dialog.isShowing() ? null : Boolean.TRUE);
    }

    /** The showing stage with this title, or null (FX thread). */
    private static Stage stage(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing() && title.equals(((Stage) w).getTitle())) {
                return (Stage) w;
            }
        }
        return null;
    }

    private static Node find(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("Tapedeck Inventory shows no " + selector);
        }
        return node;
    }

    private static TextInputControl text(Scene scene, String selector) {
        return (TextInputControl) find(scene, selector);
    }

    /** The first node matching {@code selector} whose caption is {@code caption}. */
    private static Node labeled(Parent root, String selector, String caption) {
        return root.lookupAll(selector).stream()
                .filter(n -> n instanceof Labeled && caption.equals(((Labeled) n).getText()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("Tapedeck Inventory shows no " + selector + " " + caption));
    }

    /** Polls {@code probe} on the FX thread until it returns non-null (at most 10 s). */
    private static <T> T waitFor(String what, Callable<T> probe) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            T found = onFx(probe);
            if (found != null) {
                return found;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Tapedeck Inventory: no " + what + " after 10 s");
            }
            Thread.sleep(30);
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return FxScreen.onFx(action);
    }
}
