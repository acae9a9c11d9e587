package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.math.BigDecimal;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** File → New customer…: a modal dialog that returns a new customer, or null when cancelled. */
final class NewCustomerDialog extends JDialog {
    static final String TITLE = "New customer";
    static final String PROMPT = "Enter the new customer's details.";
    final JTextField name = new JTextField(22);
    final JTextField email = new JTextField(22);
    final JComboBox<String> company =
            new JComboBox<>(new String[] {"Northwind Traders", "Contoso Ltd", "Fabrikam", "Tailspin Toys"});
    final JButton create = new JButton("Create");
    final JButton cancel = new JButton("Cancel");
    private Customer result;

    NewCustomerDialog(Frame owner, int nextId) {
        super(owner, TITLE, true);
        name.setName("newCustomerName");
        email.setName("newCustomerEmail");
        cancel.setName("newCustomerCancel");
        JPanel fields = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        c.gridy = 0;
        for (Object[] row : new Object[][] {{"Name", name}, {"Email", email}, {"Company", company}}) {
            c.gridx = 0;
            fields.add(new JLabel((String) row[0]), c);
            c.gridx = 1;
            fields.add((java.awt.Component) row[1], c);
            c.gridy++;
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(create);
        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.setBorder(BorderFactory.createEmptyBorder(12, 16, 8, 16));
        body.add(new JLabel(PROMPT), BorderLayout.NORTH);
        body.add(fields, BorderLayout.CENTER);
        body.add(buttons, BorderLayout.SOUTH);
        setContentPane(body);
        getRootPane().setDefaultButton(create);
        cancel.addActionListener(e -> dispose());
        create.addActionListener(e -> {
            if (!name.getText().trim().isEmpty()) {
                result = new Customer(
                        nextId,
                        name.getText().trim(),
                        (String) company.getSelectedItem(),
                        email.getText().trim(),
                        "",
                        CustomerForm.today(),
                        BigDecimal.ZERO,
                        Customer.Status.LEAD,
                        false,
                        false,
                        Customer.Contact.EMAIL,
                        "");
                dispose();
            }
        });
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog (blocking, as modal dialogs do) and returns what was created. */
    Customer ask() {
        setVisible(true);
        return result;
    }
}
