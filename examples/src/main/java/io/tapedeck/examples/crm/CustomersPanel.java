package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

/** The "Customers" tab: a searchable table of a few hundred customers and a detail form. */
final class CustomersPanel extends JPanel {
    final JTextField search = new JTextField(24);
    final CustomerTableModel model;
    final JTable table;
    final JScrollPane tableScroll;
    final CustomerForm form = new CustomerForm();
    private final TableRowSorter<CustomerTableModel> sorter;
    private final JLabel count = new JLabel();
    private final Consumer<String> status;

    CustomersPanel(List<Customer> customers, Consumer<String> status) {
        super(new BorderLayout(8, 8));
        this.status = status;
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        model = new CustomerTableModel(customers);
        table = new JTable(model);
        table.setName("customerTable");
        search.setName("customerSearch");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(java.math.BigDecimal.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(RIGHT);
                setText(value == null ? "" : CustomerForm.money((java.math.BigDecimal) value));
            }
        });
        int[] widths = {50, 140, 150, 230, 80, 100};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        tableScroll = new JScrollPane(table);
        tableScroll.setName("customerTableScroll");

        JPanel searchBar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel searchLabel = new JLabel("Search:");
        searchLabel.setLabelFor(search);
        searchBar.add(searchLabel);
        searchBar.add(search);
        searchBar.add(count);

        form.setPreferredSize(new Dimension(380, 10));
        add(searchBar, BorderLayout.NORTH);
        add(tableScroll, BorderLayout.CENTER);
        add(form, BorderLayout.EAST);

        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                filter();
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                int row = table.getSelectedRow();
                form.show(row < 0 ? null : model.customerAt(table.convertRowIndexToModel(row)));
            }
        });
        form.save.addActionListener(e -> save());
        updateCount();
    }

    private void filter() {
        String text = search.getText().trim();
        sorter.setRowFilter(text.isEmpty() ? null : RowFilter.regexFilter("(?i)" + Pattern.quote(text), 1, 2, 3));
        updateCount();
    }

    private void updateCount() {
        count.setText(table.getRowCount() + " of " + model.getRowCount() + " customers");
    }

    void save() {
        if (form.saveInto()) {
            Customer saved = form.customer();
            model.changed(saved);
            status.accept("Saved " + saved.name + " <" + saved.email + ">");
        }
    }

    void add(Customer customer) {
        model.add(customer);
        updateCount();
        int view = table.convertRowIndexToView(model.indexOf(customer));
        if (view >= 0) {
            table.setRowSelectionInterval(view, view);
            table.scrollRectToVisible(table.getCellRect(view, 0, true));
        }
        status.accept("Created " + customer.name);
    }
}
