package io.tapedeck.examples.inventory;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Reports tab: shipments per month for a category, stock value trend, a live canvas chart. */
final class ReportsView extends VBox {
    final ComboBox<String> category = new ComboBox<>();
    final BarChart<String, Number> shipments = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
    final LiveActivityChart live = new LiveActivityChart(420, 50);
    final ProgressBar capacity = new ProgressBar(0.72);

    ReportsView() {
        super(10);
        getStyleClass().add("reports");
        setPadding(new Insets(12));
        category.setId("reportCategory");
        category.getItems().addAll(SampleStock.CATEGORIES);
        category.valueProperty().addListener((o, was, now) -> showCategory(now));
        Label capacityLabel = new Label("Warehouse capacity used: 72%");
        capacity.setPrefWidth(220);
        HBox top = new HBox(12, new Label("Category"), category, capacityLabel, capacity);
        top.setAlignment(Pos.CENTER_LEFT);

        shipments.setTitle("Units shipped per month");
        shipments.setAnimated(false);
        shipments.setLegendVisible(false);
        trend.setTitle("Stock value (\u00a3k)");
        trend.setAnimated(false);
        trend.setCreateSymbols(true);
        XYChart.Series<String, Number> value = new XYChart.Series<>();
        value.setName("Stock value");
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName("Target");
        double v = 410;
        for (int i = 0; i < SampleStock.MONTHS.length; i++) {
            v += (i % 3 == 0 ? -18 : 11) + i;
            value.getData().add(new XYChart.Data<>(SampleStock.MONTHS[i], v));
            target.getData().add(new XYChart.Data<>(SampleStock.MONTHS[i], 420 + i * 4));
        }
        trend.getData().add(value);
        trend.getData().add(target);

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.add(shipments, 0, 0);
        charts.add(trend, 1, 0);
        GridPane.setHgrow(shipments, Priority.ALWAYS);
        GridPane.setHgrow(trend, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(top, charts, live);
        category.setValue(SampleStock.CATEGORIES[0]);
    }

    private void showCategory(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        double[] values = SampleStock.monthlyShipments(name);
        for (int i = 0; i < values.length; i++) {
            series.getData().add(new XYChart.Data<>(SampleStock.MONTHS[i], values[i]));
        }
        shipments.getData().setAll(series);
        shipments.setTitle("Units shipped per month \u2014 " + name);
    }
}
