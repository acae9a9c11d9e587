package io.tapedeck.examples.inventory;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Tapedeck Inventory: a realistic JavaFX app (sign-in, a searchable stock table with a detail
 * form, charts, a live canvas, menus, a context menu, dialogs) for the agent to record.
 * Started through {@link InventoryMain}; {@code --autopilot} makes it drive itself.
 */
public final class InventoryApp extends Application {
    /** Set by {@link InventoryMain} before launch; 0 means no autopilot. */
    static volatile long autopilotMs;

    private volatile Stage signInStage;
    private volatile SignInView signIn;
    private volatile Stage mainStage;
    private volatile MainView main;

    @Override
    public void start(Stage stage) {
        signIn = new SignInView(this::signedIn);
        stage.setTitle("Tapedeck Inventory \u2014 Sign in");
        stage.setScene(styled(new Scene(signIn)));
        stage.setResizable(false);
        stage.show();
        signInStage = stage;
        if (autopilotMs > 0) {
            new Autopilot(this, autopilotMs).start();
        }
    }

    private void signedIn(String user) {
        MainView view = new MainView(user);
        Stage stage = new Stage();
        stage.setTitle("Tapedeck Inventory \u2014 " + user);
        stage.setScene(styled(new Scene(view, 1180, 740)));
        stage.show();
        main = view;
        mainStage = stage;
        signInStage.hide();
    }

    private static Scene styled(Scene scene) {
        scene.getStylesheets()
                .add(InventoryApp.class.getResource("inventory.css").toExternalForm());
        return scene;
    }

    SignInView signInView() {
        return signInStage != null && signInStage.isShowing() ? signIn : null;
    }

    Stage mainStage() {
        return mainStage;
    }

    /** The main window's content once signed in, else null. */
    MainView mainView() {
        return main;
    }
}
