package io.tapedeck.examples.fidelity;

import java.time.LocalDate;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/**
 * The JavaFX fidelity gallery (Modena): one stage with a menu bar, a tool bar and four tabs
 * holding every control of the JavaFX issue's list (controls; data views; layout containers;
 * shapes, text, an image and a canvas), plus the popups {@link FxGalleryApp} opens over it. Fixed
 * data and sizes, no animation (the progress indicator is determinate), so every run shows the
 * same pixels.
 */
final class FxGallery {
    final Stage stage;
    final TabPane tabs;
    final Menu fileMenu;
    final ComboBox<String> period;
    final DatePicker date;
    final Label contextOwner;
    final ContextMenu contextMenu;
    final Button tooltipOwner;

    /** A row of the orders table and tree table. */
    static final class Order {
        final SimpleStringProperty customer;
        final SimpleStringProperty city;
        final SimpleDoubleProperty amount;

        Order(String customer, String city, double amount) {
            this.customer = new SimpleStringProperty(customer);
            this.city = new SimpleStringProperty(city);
            this.amount = new SimpleDoubleProperty(amount);
        }
    }

    FxGallery(Stage stage) {
        this.stage = stage;
        fileMenu = new Menu("File");
        Menu recent = new Menu("Open recent");
        recent.getItems().addAll(new MenuItem("april-report.csv"), new MenuItem("budget-2025.xlsx"));
        fileMenu.getItems()
                .addAll(
                        new MenuItem("New"),
                        new MenuItem("Open…"),
                        recent,
                        new SeparatorMenuItem(),
                        new MenuItem("Quit"));
        MenuBar menus = new MenuBar(fileMenu, new Menu("Edit"), new Menu("View"), new Menu("Help"));
        ToolBar tools = new ToolBar(
                new Button("New"), new Button("Save"), new Separator(), new ToggleButton("Bold"), new Button("Print"));

        period = new ComboBox<>(
                FXCollections.observableArrayList("Today", "This week", "This month", "This quarter", "This year"));
        period.setValue("This month");
        date = new DatePicker(LocalDate.of(2025, 4, 17));
        contextOwner = new Label("Right-click for actions");
        contextMenu = new ContextMenu(
                new MenuItem("Copy"), new MenuItem("Paste"), new SeparatorMenuItem(), new MenuItem("Select all"));
        tooltipOwner = new Button("Details");
        tooltipOwner.setTooltip(new Tooltip("Opens the order's details"));

        tabs = new TabPane(
                new Tab("Controls", controls()),
                new Tab("Data", data()),
                new Tab("Layout", layout()),
                new Tab("Shapes", shapes()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(menus, tools));
        stage.setTitle("Modena gallery");
        stage.setScene(new Scene(root, 1000, 680));
        stage.setX(20);
        stage.setY(20);
    }

    private GridPane controls() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        grid.setPadding(new Insets(14));
        ToggleGroup group = new ToggleGroup();
        RadioButton monthly = new RadioButton("Monthly");
        monthly.setToggleGroup(group);
        monthly.setSelected(true);
        RadioButton yearly = new RadioButton("Yearly");
        yearly.setToggleGroup(group);
        CheckBox newsletter = new CheckBox("Send the newsletter");
        newsletter.setSelected(true);
        ToggleButton pinned = new ToggleButton("Pinned");
        pinned.setSelected(true);
        Button disabled = new Button("Disabled");
        disabled.setDisable(true);
        PasswordField password = new PasswordField();
        password.setText("secret12");
        TextArea notes = new TextArea("Customer asked for a callback\nafter the April invoice.");
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(24);
        ChoiceBox<String> priority = new ChoiceBox<>(FXCollections.observableArrayList("Low", "Normal", "High"));
        priority.setValue("Normal");
        Spinner<Integer> quantity = new Spinner<>(1, 99, 12);
        Slider volume = new Slider(0, 100, 35);
        volume.setShowTickMarks(true);
        volume.setShowTickLabels(true);
        volume.setMajorTickUnit(25);
        ProgressBar progress = new ProgressBar(0.6);
        progress.setPrefWidth(200);
        ProgressIndicator done = new ProgressIndicator(0.4);

        int row = 0;
        grid.addRow(row++, new Label("Name"), new TextField("Ada Lovelace"), new Label("Password"), password);
        grid.addRow(row++, new Label("Period"), period, new Label("Priority"), priority);
        grid.addRow(row++, new Label("Quantity"), quantity, new Label("Delivery"), date);
        grid.addRow(
                row++,
                new Label("Billing"),
                new HBox(12, monthly, yearly),
                new Label("Options"),
                new HBox(12, newsletter, pinned));
        grid.addRow(row++, new Label("Volume"), volume, new Label("Progress"), new HBox(12, progress, done));
        grid.addRow(
                row++,
                new Label("Notes"),
                notes,
                new Label("Links"),
                new VBox(6, new Hyperlink("Terms of sale"), contextOwner));
        grid.addRow(row++, new Label("Actions"), new HBox(8, new Button("Save"), disabled, tooltipOwner));
        return grid;
    }

    private SplitPane data() {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                "Northwind Traders",
                "Adventure Works",
                "Blue Yonder Airlines",
                "Lucerne Publishing",
                "Wide World Importers",
                "Contoso Pharmaceuticals",
                "Fabrikam Residences",
                "Tailspin Toys"));
        list.getSelectionModel().select(2);

        TableView<Order> table = new TableView<>();
        TableColumn<Order, String> customer = new TableColumn<>("Customer");
        customer.setCellValueFactory(c -> c.getValue().customer);
        customer.setPrefWidth(150);
        TableColumn<Order, String> city = new TableColumn<>("City");
        city.setCellValueFactory(c -> c.getValue().city);
        city.setPrefWidth(110);
        TableColumn<Order, Number> amount = new TableColumn<>("Amount");
        amount.setCellValueFactory(c -> c.getValue().amount);
        amount.setPrefWidth(90);
        table.getColumns().add(customer);
        table.getColumns().add(city);
        table.getColumns().add(amount);
        table.getItems()
                .addAll(
                        new Order("Grace Hopper", "Arlington", 1280.5),
                        new Order("Alan Turing", "Wilmslow", 312),
                        new Order("Ada Lovelace", "London", 990.25),
                        new Order("Edsger Dijkstra", "Nuenen", 45.9),
                        new Order("Barbara Liskov", "Boston", 2210),
                        new Order("Dennis Ritchie", "Murray Hill", 87.1));
        table.getSortOrder().add(customer);
        table.sort();
        table.getSelectionModel().select(1);

        TreeItem<String> rootItem = new TreeItem<>("Accounts");
        rootItem.setExpanded(true);
        TreeItem<String> europe = new TreeItem<>("Europe");
        europe.setExpanded(true);
        europe.getChildren().addAll(new TreeItem<>("Lucerne Publishing"), new TreeItem<>("Northwind Traders"));
        TreeItem<String> americas = new TreeItem<>("Americas");
        americas.getChildren().add(new TreeItem<>("Blue Yonder Airlines"));
        rootItem.getChildren().addAll(europe, americas);
        TreeView<String> tree = new TreeView<>(rootItem);

        TreeItem<Order> all = new TreeItem<>(new Order("All regions", "", 4926.15));
        all.setExpanded(true);
        all.getChildren()
                .addAll(
                        new TreeItem<>(new Order("Grace Hopper", "Arlington", 1280.5)),
                        new TreeItem<>(new Order("Barbara Liskov", "Boston", 2210)));
        TreeTableView<Order> treeTable = new TreeTableView<>(all);
        TreeTableColumn<Order, String> who = new TreeTableColumn<>("Region / customer");
        who.setCellValueFactory(c -> c.getValue().getValue().customer);
        who.setPrefWidth(170);
        TreeTableColumn<Order, Number> sum = new TreeTableColumn<>("Amount");
        sum.setCellValueFactory(c -> c.getValue().getValue().amount);
        sum.setPrefWidth(90);
        treeTable.getColumns().add(who);
        treeTable.getColumns().add(sum);

        SplitPane top = new SplitPane(list, table);
        top.setDividerPositions(0.3);
        SplitPane bottom = new SplitPane(tree, treeTable);
        bottom.setDividerPositions(0.4);
        SplitPane both = new SplitPane(top, bottom);
        both.setOrientation(javafx.geometry.Orientation.VERTICAL);
        return both;
    }

    private HBox layout() {
        VBox long_ = new VBox(6);
        for (int i = 1; i <= 30; i++) {
            long_.getChildren()
                    .add(new Label(String.format("Invoice %04d — %s", 1000 + i, i % 3 == 0 ? "paid" : "open")));
        }
        ScrollPane scroll = new ScrollPane(long_);
        scroll.setPrefSize(260, 420);
        scroll.setVvalue(0.4);
        TitledPane shipping =
                new TitledPane("Shipping", new VBox(6, new Label("Standard, 3–5 days"), new CheckBox("Gift wrap")));
        TitledPane payment = new TitledPane("Payment", new Label("Card ending 4242"));
        TitledPane notes = new TitledPane("Notes", new Label("None"));
        Accordion accordion = new Accordion(shipping, payment, notes);
        accordion.setExpandedPane(shipping);
        accordion.setPrefWidth(280);
        TitledPane fixed = new TitledPane("Summary", new VBox(6, new Label("3 orders"), new Label("Total 2,582.75")));
        fixed.setCollapsible(false);
        HBox box = new HBox(16, scroll, accordion, fixed);
        box.setPadding(new Insets(14));
        return box;
    }

    private HBox shapes() {
        Rectangle rounded = new Rectangle(120, 70);
        rounded.setArcWidth(20);
        rounded.setArcHeight(20);
        rounded.setFill(new LinearGradient(
                0,
                0,
                1,
                1,
                true,
                CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#3c78b4")),
                new Stop(1, Color.web("#9fd3f0"))));
        rounded.setStroke(Color.web("#1d3f66"));
        Circle circle = new Circle(36, Color.web("#e8a33d"));
        circle.setStroke(Color.web("#8a5a12"));
        circle.setStrokeWidth(3);
        Line line = new Line(0, 0, 120, 40);
        line.setStrokeWidth(4);
        line.setStroke(Color.web("#5a8f29"));
        Path path = new Path(
                new MoveTo(0, 60),
                new CubicCurveTo(30, 0, 90, 120, 120, 60),
                new LineTo(120, 80),
                new LineTo(0, 80),
                new ClosePath());
        path.setFill(Color.web("#c9e4b4"));
        path.setStroke(Color.web("#3d6b1c"));
        Polygon star = new Polygon(50, 0, 61, 35, 98, 35, 68, 57, 79, 91, 50, 70, 21, 91, 32, 57, 2, 35, 39, 35);
        star.setFill(Color.web("#d94f4f"));
        SVGPath heart = new SVGPath();
        heart.setContent("M 40 70 L 10 40 A 15 15 0 0 1 40 15 A 15 15 0 0 1 70 40 Z");
        heart.setFill(Color.web("#a04fd9"));

        Text title = new Text("Quarterly orders");
        title.setFont(Font.font("System", FontWeight.BOLD, 18));
        Text body = new Text("Orders grew in every region; ");
        Text emphasis = new Text("Europe doubled.");
        emphasis.setFill(Color.web("#b03030"));
        emphasis.setFont(Font.font("System", FontWeight.BOLD, 13));
        TextFlow flow = new TextFlow(body, emphasis);
        flow.setPrefWidth(260);

        ImageView image = new ImageView(checkerboard(96, 64));
        Canvas chart = new Canvas(260, 120);
        drawChart(chart.getGraphicsContext2D());

        VBox left = new VBox(14, new HBox(14, rounded, circle), new HBox(14, line, path), new HBox(14, star, heart));
        VBox right = new VBox(14, title, flow, image, chart);
        HBox box = new HBox(30, left, right);
        box.setPadding(new Insets(14));
        return box;
    }

    private static WritableImage checkerboard(int w, int h) {
        WritableImage image = new WritableImage(w, h);
        PixelWriter px = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean dark = ((x / 8) + (y / 8)) % 2 == 0;
                px.setArgb(x, y, dark ? 0xff2f5d8a : 0xffd8e6f2);
            }
        }
        return image;
    }

    private static void drawChart(GraphicsContext g) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, 260, 120);
        g.setStroke(Color.GRAY);
        g.strokeLine(30, 100, 250, 100);
        double[] values = {40, 55, 35, 70, 85, 60, 95};
        g.setFill(Color.web("#3c78b4"));
        for (int i = 0; i < values.length; i++) {
            g.fillRect(40 + i * 30, 100 - values[i], 20, values[i]);
        }
        g.setFill(Color.BLACK);
        g.setFont(Font.font(11));
        g.fillText("Visits per day", 34, 14);
    }
}
