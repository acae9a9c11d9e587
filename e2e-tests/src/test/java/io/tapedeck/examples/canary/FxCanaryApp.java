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
 * The JavaFX twin of {@link CanaryApp}: one distinct canary string ({@link FxCanary}) in every
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
        menu = new Menu(FxCanary.MENU.text);
        menu.getItems().add(new MenuItem(FxCanary.MENU_ITEM.text));
        MenuBar bar = new MenuBar(menu);

        FlowPane fields = new FlowPane(6, 6);
        fields.getChildren().add(new TextField(FxCanary.FIELD.text));
        typedField = new TextField();
        fields.getChildren().add(typedField);
        TextField prompted = new TextField();
        prompted.setPromptText(FxCanary.PROMPT.text);
        fields.getChildren().add(prompted);
        PasswordField password = new PasswordField();
        password.setText(FxCanary.PASSWORD.text);
        fields.getChildren().add(password);
        fields.getChildren().add(new TextField(FxCanary.CARD.text));
        fields.getChildren().add(wide(new TextField(FxCanary.EMAIL.text), 240));
        ComboBox<String> editableCombo = new ComboBox<>();
        editableCombo.setEditable(true);
        editableCombo.setValue(FxCanary.COMBO_EDIT.text);
        fields.getChildren().add(wide(editableCombo, 240));
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().add(FxCanary.COMBO_ITEM.text);
        combo.setValue(FxCanary.COMBO_ITEM.text);
        fields.getChildren().add(wide(combo, 240));
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.getItems().add(FxCanary.CHOICE.text);
        choice.setValue(FxCanary.CHOICE.text);
        fields.getChildren().add(choice);
        Spinner<String> spinner = new Spinner<>(new SpinnerValueFactory.ListSpinnerValueFactory<>(
                javafx.collections.FXCollections.observableArrayList(FxCanary.SPINNER.text, "other")));
        spinner.setEditable(true);
        fields.getChildren().add(wide(spinner, 240));
        fields.getChildren().add(new Label(FxCanary.LABEL.text));
        tooltipOwner = new Button(FxCanary.BUTTON.text);
        tooltipOwner.setTooltip(new Tooltip(FxCanary.TOOLTIP.text));
        fields.getChildren().add(tooltipOwner);
        fields.getChildren().add(new Hyperlink(FxCanary.HYPERLINK.text));
        CheckBox check = new CheckBox(FxCanary.CHECKBOX.text);
        check.setSelected(true);
        fields.getChildren().add(check);
        Label graphicOnly = new Label(null, new Rectangle(40, 30, Color.web("#7f3a11")));
        graphicOnly.setAccessibleText(FxCanary.ACCESSIBLE_NAME.text);
        fields.getChildren().add(graphicOnly);
        contextOwner = new Label("right-click here");
        contextMenu = new ContextMenu(new MenuItem(FxCanary.CONTEXT_ITEM.text));
        contextOwner.setContextMenu(contextMenu);
        fields.getChildren().add(contextOwner);
        fields.getChildren().add(new Text(FxCanary.TEXT.text));
        fields.getChildren().add(new TextFlow(new Text("flowing: "), new Text(FxCanary.TEXT_FLOW.text)));
        fields.getChildren().add(canvas(FxCanary.CANVAS.text));

        TextArea area = new TextArea(FxCanary.AREA.text);
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
        table.getItems().add(new Row(FxCanary.CELL.text, "editing here"));
        ListView<String> list = new ListView<>();
        list.getItems().add(FxCanary.LIST_ITEM.text);
        TreeView<String> tree = new TreeView<>(new TreeItem<>(FxCanary.TREE.text));
        HBox views = new HBox(6, table, list, tree);
        views.setPrefHeight(150);
        TabPane tabs = new TabPane(new Tab(FxCanary.TAB.text, views), new Tab("other", new StackPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TitledPane titled = new TitledPane(FxCanary.TITLED.text, new Label("inside a titled pane"));
        titled.setCollapsible(false);

        VBox content = new VBox(8, fields, area, tabs, titled, markedNodes());
        BorderPane root = new BorderPane(content);
        root.setTop(bar);
        stage.setTitle(FxCanary.WINDOW_TITLE.text);
        stage.setScene(new Scene(root, 1500, 900));
        stage.setX(10);
        stage.setY(10);
        stage.show();
    }

    /** Nodes with markers (in marked runs) and nodes the rules match. */
    private FlowPane markedNodes() {
        FlowPane pane = new FlowPane(8, 8);

        TextField unmasked = wide(new TextField(FxCanary.MARK_UNMASK.text), 260);
        Label masked = new Label(FxCanary.MARK_MASK.text);
        StackPane blocked = new StackPane(new Label(FxCanary.MARK_BLOCK.text));
        TextArea styleUnmasked = new TextArea(FxCanary.STYLE_UNMASK.text);
        styleUnmasked.setPrefSize(280, 50);
        Label styleMasked = new Label(FxCanary.STYLE_MASK.text);
        StackPane styleBlocked = new StackPane(new Label(FxCanary.STYLE_BLOCK.text));
        StackPane canvasBlocked = new StackPane(canvas(FxCanary.CANVAS_BLOCKED.text));
        pane.getChildren().addAll(unmasked, masked, blocked, styleUnmasked, styleMasked, styleBlocked, canvasBlocked);

        Label maskedInside = new Label(FxCanary.MASKED_IN_UNMASKED.text);
        PasswordField passwordInside = new PasswordField();
        passwordInside.setText(FxCanary.PASSWORD_UNMASKED.text);
        HBox unmaskedContainer = new HBox(8, new Label(FxCanary.IN_UNMASKED_CONTAINER.text), maskedInside, passwordInside);
        pane.getChildren().add(unmaskedContainer);

        pane.getChildren().add(new SecretLabel(FxCanary.RULE_CLASS.text));
        pane.getChildren().add(new VerySecretLabel(FxCanary.RULE_SUPERCLASS.text));
        TextField publicNote = wide(new TextField(FxCanary.RULE_NAME.text), 260);
        publicNote.setId("publicNote");
        pane.getChildren().add(publicNote);
        StackPane photo = new StackPane(new Label(FxCanary.RULE_ACCESSIBLE_NAME.text));
        photo.setAccessibleText("Patient photo");
        pane.getChildren().add(photo);
        TextField secretNote = wide(new TextField(FxCanary.MARKER_BEATS_RULE.text), 300);
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
                System.out.println("tooltip showing=" + tooltipOwner.getTooltip().isShowing());
                tooltipOwner.getTooltip().hide();
                editCell();
            });
            Thread.sleep(300);
            fx(() -> {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, FxCanary.ALERT_TEXT.text);
                alert.setTitle(FxCanary.DIALOG_TITLE.text);
                alert.setHeaderText(null);
                alert.initOwner(stage);
                alert.initModality(Modality.NONE);
                alert.setX(300);
                alert.setY(200);
                alert.show();
            });
            Thread.sleep(2500);
            System.out.println("replayId=" + Tapedeck.replayId().orElse(""));
            System.out.println("app done");
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
    }

    /** Types {@link FxCanary#TYPED} key by key; falls back to setText when the field has no focus. */
    private void typeWithRobot() throws Exception {
        fx(() -> typedField.requestFocus());
        Thread.sleep(200);
        boolean[] focused = new boolean[1];
        fx(() -> focused[0] = typedField.isFocused());
        if (focused[0]) {
            for (char c : FxCanary.TYPED.text.toCharArray()) {
                fx(() -> new Robot().keyType(KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)))));
                Thread.sleep(15);
            }
            Thread.sleep(100);
        }
        fx(() -> {
            if (!typedField.getText().equals(FxCanary.TYPED.text)) typedField.setText(FxCanary.TYPED.text);
        });
        System.out.println("typed with robot=" + focused[0]);
    }

    private void editCell() {
        table.edit(0, table.getColumns().get(1));
        table.layout();
        for (Node n : table.lookupAll(".text-field")) {
            if (n instanceof TextField) ((TextField) n).setText(FxCanary.CELL_EDIT.text);
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
