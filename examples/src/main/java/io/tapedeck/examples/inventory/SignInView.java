package io.tapedeck.examples.inventory;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The sign-in screen: user, password (never recorded), warehouse. */
final class SignInView extends VBox {
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final ComboBox<String> warehouse = new ComboBox<>();
    final Button signIn = new Button("Sign in");
    private final Label message = new Label(" ");

    SignInView(Consumer<String> onSignedIn) {
        super(14);
        getStyleClass().add("sign-in");
        setPadding(new Insets(28, 36, 28, 36));
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label("Tapedeck Inventory");
        title.getStyleClass().add("app-title");
        Label subtitle = new Label("Sign in to manage stock, suppliers and reorders.");
        subtitle.getStyleClass().add("subtitle");

        user.setPromptText("user name");
        user.setId("user");
        password.setPromptText("password");
        password.setId("password");
        warehouse.getItems().addAll(SampleStock.WAREHOUSES);
        warehouse.getSelectionModel().selectFirst();
        warehouse.setTooltip(new Tooltip("The warehouse whose stock you manage"));
        CheckBox remember = new CheckBox("Remember me on this computer");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("User"), user);
        form.addRow(1, new Label("Password"), password);
        form.addRow(2, new Label("Warehouse"), warehouse);
        form.add(remember, 1, 3);
        user.setPrefColumnCount(18);

        signIn.setDefaultButton(true);
        signIn.setId("signIn");
        signIn.setOnAction(e -> {
            if (user.getText().isBlank() || password.getText().isEmpty()) {
                message.setText("Enter your user name and password.");
                return;
            }
            onSignedIn.accept(user.getText().trim());
        });
        message.getStyleClass().add("error-text");
        getChildren().addAll(title, subtitle, form, signIn, message);
    }
}
