package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/** The detail form for one customer: every common input component, edited in place on Save. */
final class CustomerForm extends JPanel {
    final JTextField name = new JTextField(20);
    final JTextField email = new JTextField(20);
    final JTextField phone = new JTextField(20);
    final JFormattedTextField since = new JFormattedTextField(new SimpleDateFormat("yyyy-MM-dd", Locale.US));
    final JFormattedTextField balance = new JFormattedTextField(new DecimalFormat("#,##0.00"));
    final JComboBox<Customer.Status> status = new JComboBox<>(Customer.Status.values());
    final JCheckBox vip = new JCheckBox("VIP");
    final JCheckBox newsletter = new JCheckBox("Newsletter");
    final JRadioButton byEmail = new JRadioButton("Email");
    final JRadioButton byPhone = new JRadioButton("Phone");
    final JRadioButton byMail = new JRadioButton("Mail");
    final JTextArea notes = new JTextArea(5, 20);
    final JButton save = new JButton("Save");
    final JButton revert = new JButton("Revert");
    private final JLabel heading = new JLabel("No customer selected");
    private Customer customer;

    CustomerForm() {
        super(new BorderLayout());
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createTitledBorder("Customer details"), BorderFactory.createEmptyBorder(4, 6, 4, 6)));
        name.setName("customerName");
        email.setName("customerEmail");
        phone.setName("customerPhone");
        since.setName("customerSince");
        balance.setName("customerBalance");
        status.setName("customerStatus");
        notes.setName("customerNotes");
        save.setName("saveCustomer");
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        ButtonGroup contact = new ButtonGroup();
        contact.add(byEmail);
        contact.add(byPhone);
        contact.add(byMail);

        JPanel fields = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 0;
        row(fields, c, "Name", name);
        row(fields, c, "Email", email);
        row(fields, c, "Phone", phone);
        row(fields, c, "Customer since", since);
        row(fields, c, "Balance", balance);
        row(fields, c, "Status", status);
        JPanel flags = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        flags.add(vip);
        flags.add(newsletter);
        row(fields, c, "Flags", flags);
        JPanel contactPanel = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        contactPanel.add(byEmail);
        contactPanel.add(byPhone);
        contactPanel.add(byMail);
        row(fields, c, "Contact by", contactPanel);
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        row(fields, c, "Notes", new JScrollPane(notes));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(revert);
        buttons.add(save);
        heading.setBorder(BorderFactory.createEmptyBorder(0, 3, 6, 0));
        add(heading, BorderLayout.NORTH);
        add(fields, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        revert.addActionListener(e -> show(customer));
        show(null);
    }

    private static void row(JPanel panel, GridBagConstraints c, String label, JComponent field) {
        c.gridx = 0;
        c.weightx = 0;
        panel.add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        panel.add(field, c);
        c.gridy++;
    }

    Customer customer() {
        return customer;
    }

    void show(Customer shown) {
        customer = shown;
        boolean present = shown != null;
        for (JComponent field : new JComponent[] {
            name, email, phone, since, balance, status, vip, newsletter, byEmail, byPhone, byMail, notes, save, revert
        }) {
            field.setEnabled(present);
        }
        if (!present) {
            heading.setText("No customer selected");
            name.setText("");
            email.setText("");
            phone.setText("");
            since.setValue(null);
            balance.setValue(null);
            notes.setText("");
            return;
        }
        heading.setText("Customer #" + shown.id + " \u2014 " + shown.company);
        name.setText(shown.name);
        email.setText(shown.email);
        phone.setText(shown.phone);
        since.setValue(
                Date.from(shown.since.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        balance.setValue(shown.balance);
        status.setSelectedItem(shown.status);
        vip.setSelected(shown.vip);
        newsletter.setSelected(shown.newsletter);
        byEmail.setSelected(shown.contact == Customer.Contact.EMAIL);
        byPhone.setSelected(shown.contact == Customer.Contact.PHONE);
        byMail.setSelected(shown.contact == Customer.Contact.MAIL);
        notes.setText(shown.notes);
        notes.setCaretPosition(0);
    }

    /** Copies the form back into the customer; returns false when nothing is shown. */
    boolean saveInto() {
        if (customer == null) {
            return false;
        }
        customer.name = name.getText().trim();
        customer.email = email.getText().trim();
        customer.phone = phone.getText().trim();
        Object date = since.getValue();
        if (date instanceof Date) {
            customer.since =
                    ((Date) date).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        Object amount = balance.getValue();
        if (amount instanceof Number) {
            customer.balance = new BigDecimal(amount.toString());
        }
        customer.status = (Customer.Status) status.getSelectedItem();
        customer.vip = vip.isSelected();
        customer.newsletter = newsletter.isSelected();
        customer.contact = byPhone.isSelected()
                ? Customer.Contact.PHONE
                : byMail.isSelected() ? Customer.Contact.MAIL : Customer.Contact.EMAIL;
        customer.notes = notes.getText();
        return true;
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    static LocalDate today() {
        return LocalDate.of(2025, 6, 30);
    }
}
