package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The "Reports" tab: pick a period, the chart and the total follow; live orders tick every second. */
final class ReportsPanel extends JPanel {
    final JComboBox<String> period = new JComboBox<>(SampleData.PERIODS);
    final SalesChart chart = new SalesChart(SampleData.sales(SampleData.PERIODS[0]));
    final JLabel total = new JLabel();
    final LiveOrdersChart live = new LiveOrdersChart();

    ReportsPanel() {
        super(new BorderLayout(8, 8));
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        period.setName("reportPeriod");
        total.setName("reportTotal");
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        controls.add(new JLabel("Period:"));
        controls.add(period);
        JPanel top = new JPanel(new BorderLayout());
        top.add(controls, BorderLayout.CENTER);
        top.add(live, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(chart, BorderLayout.CENTER);
        add(total, BorderLayout.SOUTH);
        period.addActionListener(e -> showPeriod((String) period.getSelectedItem()));
        showPeriod(SampleData.PERIODS[0]);
    }

    private void showPeriod(String name) {
        SampleData.SalesSeries series = SampleData.sales(name);
        chart.show(series);
        total.setText(String.format("Total revenue, %s: $%,.0f", name.toLowerCase(), series.total()));
    }
}
