package io.tapedeck.examples.crm;

import java.math.BigDecimal;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The customer list as table rows. */
final class CustomerTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"ID", "Name", "Company", "Email", "Status", "Balance"};
    private final List<Customer> customers;

    CustomerTableModel(List<Customer> customers) {
        this.customers = customers;
    }

    Customer customerAt(int modelRow) {
        return customers.get(modelRow);
    }

    int indexOf(Customer customer) {
        return customers.indexOf(customer);
    }

    void add(Customer customer) {
        customers.add(customer);
        fireTableRowsInserted(customers.size() - 1, customers.size() - 1);
    }

    void changed(Customer customer) {
        int row = customers.indexOf(customer);
        if (row >= 0) {
            fireTableRowsUpdated(row, row);
        }
    }

    int nextId() {
        return customers.stream().mapToInt(c -> c.id).max().orElse(1000) + 1;
    }

    @Override
    public int getRowCount() {
        return customers.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        switch (column) {
            case 0:
                return Integer.class;
            case 5:
                return BigDecimal.class;
            default:
                return String.class;
        }
    }

    @Override
    public Object getValueAt(int row, int column) {
        Customer c = customers.get(row);
        switch (column) {
            case 0:
                return c.id;
            case 1:
                return c.name;
            case 2:
                return c.company;
            case 3:
                return c.email;
            case 4:
                return c.status.toString();
            default:
                return c.balance;
        }
    }
}
