package io.tapedeck.examples.canary;

import io.tapedeck.Tapedeck;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The JavaFX twin of {@link CanaryApp}: one distinct canary string ({@link Canary}) in every
 * kind of node and place Tapedeck must mask or may show, for {@code FxCanaryIT}. Argument
 * {@code marked}: also sets the app's markers ({@code Tapedeck.mask/unmask/block(node)}, the
 * style classes {@code tapedeck-mask/unmask/block}); {@code plain}: the same nodes, level only.
 *
 * <p>Shows everything, types into a field with the JavaFX robot, edits a table cell, opens a
 * menu, a context menu and a tooltip one after the other, shows an {@code Alert}, then exits by
 * itself after about 6 s (the agent's shutdown hook writes the last events).
 */
public final class FxCanaryApp extends Application {
    /** How long each popup stays open: longer than the recorder may hold back captures (its per-second FX-thread budget). */
    private static final long POPUP_MS = 1200;

    /** Matched by the rule {@code mask: class=*SecretLabel}. */
    public static class SecretLabel extends Label {
        public SecretLabel(String text) {
            super(text);
        }
    }

    /** Matched by the same rule through its superclass. */
    public static final class VerySecretLabel extends SecretLabel {
        public VerySecretLabel(String text) {
            super(text);
        }
    }

    /** A row of the canary table. */
    public static final class Row {
        final SimpleStringProperty a;
        final SimpleStringProperty b;

        Row(String a, String b) {
            this.a = new SimpleStringProperty(a);
            this.b = new SimpleStringProperty(b);
        }
    }

    private boolean marked;
    private Stage stage;
    private TextField typedField;
    private TableView<Row> table;
    private Menu menu;
    private Label contextOwner;
    private ContextMenu contextMenu;
    private Button tooltipOwner;

    @java.lang.Override
    public void start(Stage primary) {
        marked = getParameters().getRaw().contains("marked");
        stage = primary;
        build();
        Thread script = new Thread(this::script, "fx-canary-script");
        script.setDaemon(true);
        script.start();
    }

    private void build() {
        menu = new Menu(Canary.MENU.javafx);
        menu.getItems().add(new MenuItem(Canary.MENU_ITEM.javafx));
        MenuBar bar = new MenuBar(menu);

        FlowPane fields = new FlowPane(6, 6);
        fields.getChildren().add(new TextField(Canary.FIELD.javafx));
        typedField = new TextField();
        fields.getChildren().add(typedField);
        TextField prompted = new TextField();
        prompted.setPromptText(Canary.PROMPT.javafx);
        fields.getChildren().add(prompted);
        PasswordField password = new PasswordField();
        password.setText(Canary.PASSWORD.javafx);
        fields.getChildren().add(password);
        fields.getChildren().add(new TextField(Canary.CARD.javafx));
        fields.getChildren().add(wide(new TextField(Canary.EMAIL.javafx), 240));
        ComboBox<String> editableCombo = new ComboBox<>();
        editableCombo.setEditable(true);
        editableCombo.setValue(Canary.COMBO_EDIT.javafx);
        fields.getChildren().add(wide(editableCombo, 240));
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().add(Canary.COMBO_ITEM.javafx);
        combo.setValue(Canary.COMBO_ITEM.javafx);
        fields.getChildren().add(wide(combo, 240));
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.getItems().add(Canary.CHOICE.javafx);
        choice.setValue(Canary.CHOICE.javafx);
        fields.getChildren().add(choice);
        Spinner<String> spinner = new Spinner<>(new SpinnerValueFactory.ListSpinnerValueFactory<>(
                javafx.collections.FXCollections.observableArrayList(Canary.SPINNER.javafx, "other")));
        spinner.setEditable(true);
        fields.getChildren().add(wide(spinner, 240));
        fields.getChildren().add(new Label(Canary.LABEL.javafx));
        tooltipOwner = new Button(Canary.BUTTON.javafx);
        tooltipOwner.setTooltip(new Tooltip(Canary.TOOLTIP.javafx));
        fields.getChildren().add(tooltipOwner);
        fields.getChildren().add(new Hyperlink(Canary.HYPERLINK.javafx));
        CheckBox check = new CheckBox(Canary.CHECKBOX.javafx);
        check.setSelected(true);
        fields.getChildren().add(check);
        Label graphicOnly = new Label(null, new Rectangle(40, 30, Color.web("#7f3a11")));
        graphicOnly.setAccessibleText(Canary.ACCESSIBLE_NAME.javafx);
        fields.getChildren().add(graphicOnly);
        contextOwner = new Label("right-click here");
        contextMenu = new ContextMenu(new MenuItem(Canary.CONTEXT_ITEM.javafx));
        contextOwner.setContextMenu(contextMenu);
        fields.getChildren().add(contextOwner);
        fields.getChildren().add(new Text(Canary.TEXT.javafx));
        fields.getChildren().add(new TextFlow(new Text("flowing: "), new Text(Canary.TEXT_FLOW.javafx)));
        fields.getChildren().add(canvas(Canary.CANVAS.javafx));

        TextArea area = new TextArea(Canary.AREA.javafx);
        area.setPrefRowCount(2);

        table = new TableView<>();
        table.setEditable(true);
        TableColumn<Row, String> a = new TableColumn<>("A");
        a.setCellValueFactory(c -> c.getValue().a);
        a.setPrefWidth(240);
        TableColumn<Row, String> b = new TableColumn<>("B");
        b.setCellValueFactory(c -> c.getValue().b);
        b.setCellFactory(TextFieldTableCell.forTableColumn());
        b.setPrefWidth(240);
        table.getColumns().add(a);
        table.getColumns().add(b);
        table.getItems().add(new Row(Canary.CELL.javafx, "editing here"));
        ListView<String> list = new ListView<>();
        list.getItems().add(Canary.LIST_ITEM.javafx);
        TreeView<String> tree = new TreeView<>(new TreeItem<>(Canary.TREE.javafx));
        HBox views = new HBox(6, table, list, tree);
        views.setPrefHeight(150);
        TabPane tabs = new TabPane(new Tab(Canary.TAB.javafx, views), new Tab("other", new StackPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TitledPane titled = new TitledPane(Canary.TITLED.javafx, new Label("inside a titled pane"));
        titled.setCollapsible(false);

        VBox content = new VBox(8, fields, area, tabs, titled, markedNodes());
        BorderPane root = new BorderPane(content);
        root.setTop(bar);
        stage.setTitle(Canary.WINDOW_TITLE.javafx);
        stage.setScene(new Scene(root, 1500, 900));
        stage.setX(10);
        stage.setY(10);
        stage.show();
    }

    /** Nodes with markers (in marked runs) and nodes the rules match. */
    private FlowPane markedNodes() {
        FlowPane pane = new FlowPane(8, 8);

        TextField unmasked = wide(new TextField(Canary.MARK_UNMASK.javafx), 260);
        Label masked = new Label(Canary.MARK_MASK.javafx);
        StackPane blocked = new StackPane(new Label(Canary.MARK_BLOCK.javafx));
        TextArea styleUnmasked = new TextArea(Canary.DECLARED_UNMASK.javafx);
        styleUnmasked.setPrefSize(280, 50);
        Label styleMasked = new Label(Canary.DECLARED_MASK.javafx);
        StackPane styleBlocked = new StackPane(new Label(Canary.DECLARED_BLOCK.javafx));
        StackPane canvasBlocked = new StackPane(canvas(Canary.CANVAS_BLOCKED.javafx));
        pane.getChildren().addAll(unmasked, masked, blocked, styleUnmasked, styleMasked, styleBlocked, canvasBlocked);

        Label maskedInside = new Label(Canary.MASKED_IN_UNMASKED.javafx);
        PasswordField passwordInside = new PasswordField();
        passwordInside.setText(Canary.PASSWORD_UNMASKED.javafx);
        HBox unmaskedContainer =
                new HBox(8, new Label(Canary.IN_UNMASKED_CONTAINER.javafx), maskedInside, passwordInside);
        pane.getChildren().add(unmaskedContainer);

        pane.getChildren().add(new SecretLabel(Canary.RULE_CLASS.javafx));
        pane.getChildren().add(new VerySecretLabel(Canary.RULE_SUPERCLASS.javafx));
        TextField publicNote = wide(new TextField(Canary.RULE_NAME.javafx), 260);
        publicNote.setId("publicNote");
        pane.getChildren().add(publicNote);
        StackPane photo = new StackPane(new Label(Canary.RULE_ACCESSIBLE_NAME.javafx));
        photo.setAccessibleText("Patient photo");
        pane.getChildren().add(photo);
        TextField secretNote = wide(new TextField(Canary.MARKER_BEATS_RULE.javafx), 300);
        secretNote.setId("secretNote");
        pane.getChildren().add(secretNote);

        if (marked) {
            Tapedeck.unmask(unmasked);
            Tapedeck.mask(masked);
            Tapedeck.block(blocked);
            styleUnmasked.getStyleClass().add("tapedeck-unmask");
            styleMasked.getStyleClass().add("tapedeck-mask");
            styleBlocked.getStyleClass().add("tapedeck-block");
            Tapedeck.block(canvasBlocked);
            unmaskedContainer.getStyleClass().add("tapedeck-unmask");
            Tapedeck.mask(maskedInside);
            Tapedeck.unmask(passwordInside);
            Tapedeck.unmask(secretNote);
        }
        return pane;
    }

    private static <T extends javafx.scene.layout.Region> T wide(T node, double width) {
        node.setPrefWidth(width);
        return node;
    }

    /** A canvas that draws the canary with {@code fillText}: pixels, not a node's text. */
    private static Canvas canvas(String text) {
        Canvas canvas = new Canvas(260, 28);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLUE);
        g.setFont(Font.font(13));
        g.fillText(text, 4, 19);
        return canvas;
    }

    /** The script, off the FX thread: type, edit a cell, open each popup in turn, show an alert, exit. */
    private void script() {
        try {
            Thread.sleep(800);
            typeWithRobot();
            fx(() -> menu.show());
            Thread.sleep(POPUP_MS);
            fx(() -> {
                System.out.println("menu showing=" + menu.isShowing());
                menu.hide();
                contextMenu.show(contextOwner, Side.BOTTOM, 0, 0);
            });
            Thread.sleep(POPUP_MS);
            fx(() -> {
                System.out.println("context menu showing=" + contextMenu.isShowing());
                contextMenu.hide();
                javafx.geometry.Point2D at = tooltipOwner.localToScreen(10, tooltipOwner.getHeight() + 4);
                tooltipOwner.getTooltip().show(tooltipOwner, at.getX(), at.getY());
            });
            Thread.sleep(POPUP_MS);
            fx(() -> {
                System.out.println(
                        "tooltip showing=" + tooltipOwner.getTooltip().isShowing());
                tooltipOwner.getTooltip().hide();
                editCell();
            });
            Thread.sleep(300);
            fx(() -> {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, Canary.ALERT_TEXT.javafx);
                alert.setTitle(Canary.DIALOG_TITLE.javafx);
                alert.setHeaderText(null);
                alert.initOwner(stage);
                alert.initModality(Modality.NONE);
                alert.setX(300);
                alert.setY(200);
                alert.show();
            });
            Thread.sleep(2500);
            System.out.println("replayId=" + Tapedeck.replayId().orElse(""));
            Canary.deliverBeforeExit();
            System.out.println("app done");
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
    }

    /** Types {@link Canary#TYPED} key by key; falls back to setText when the field has no focus. */
    private void typeWithRobot() throws Exception {
        fx(() -> typedField.requestFocus());
        Thread.sleep(200);
        boolean[] focused = new boolean[1];
        fx(() -> focused[0] = typedField.isFocused());
        if (focused[0]) {
            for (char c : Canary.TYPED.javafx.toCharArray()) {
                fx(() -> new Robot().keyType(KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)))));
                Thread.sleep(15);
            }
            Thread.sleep(100);
        }
        fx(() -> {
            if (!typedField.getText().equals(Canary.TYPED.javafx)) typedField.setText(Canary.TYPED.javafx);
        });
        System.out.println("typed with robot=" + focused[0]);
    }

    private void editCell() {
        table.edit(0, table.getColumns().get(1));
        table.layout();
        for (Node n : table.lookupAll(".text-field")) {
            if (n instanceof TextField) ((TextField) n).setText(Canary.CELL_EDIT.javafx);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    private static void fx(Runnable action) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /**
     * The main class. It is not the {@code Application} itself: Java's launcher refuses an
     * {@code Application} main class when JavaFX is on the class path.
     */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxCanaryApp.class, args);
        }
    }
}
