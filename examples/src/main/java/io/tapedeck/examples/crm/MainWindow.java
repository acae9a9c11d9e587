package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The CRM's main window: menus, tool bar, the three tabs and a status bar. */
final class MainWindow extends JFrame {
    final CustomersPanel customers;
    final AccountsPanel accounts = new AccountsPanel();
    final ReportsPanel reports = new ReportsPanel();
    final JTabbedPane tabs = new JTabbedPane();
    final JLabel statusBar = new JLabel();
    final JMenu helpMenu = new JMenu("Help");
    final JMenuItem aboutItem = new JMenuItem("About Tapedeck CRM\u2026");
    final JButton newButton;

    MainWindow(String user) {
        super("Tapedeck CRM \u2014 " + user);
        setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
        customers = new CustomersPanel(SampleData.customers(), this::status);

        Action newCustomer = new AbstractAction("New customer\u2026") {
            @Override
            public void actionPerformed(ActionEvent e) {
                newCustomer();
            }
        };
        newCustomer.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_N, KeyEvent.CTRL_DOWN_MASK));
        Action save = new AbstractAction("Save") {
            @Override
            public void actionPerformed(ActionEvent e) {
                customers.save();
            }
        };
        Action refresh = new AbstractAction("Refresh") {
            @Override
            public void actionPerformed(ActionEvent e) {
                status("Data refreshed");
            }
        };
        Action about = new AbstractAction("About") {
            @Override
            public void actionPerformed(ActionEvent e) {
                new AboutDialog(MainWindow.this).setVisible(true);
            }
        };

        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(new JMenuItem(newCustomer));
        file.add(new JMenuItem(save));
        JMenuItem export = new JMenuItem("Export\u2026");
        export.setEnabled(false);
        file.add(export);
        file.addSeparator();
        JMenuItem exit = new JMenuItem("Exit");
        exit.addActionListener(e -> dispose());
        file.add(exit);
        JMenu edit = new JMenu("Edit");
        JMenuItem find = new JMenuItem("Find customer");
        find.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F, KeyEvent.CTRL_DOWN_MASK));
        find.addActionListener(e -> {
            tabs.setSelectedIndex(0);
            customers.search.requestFocusInWindow();
        });
        edit.add(find);
        edit.add(new JMenuItem(refresh));
        JMenu view = new JMenu("View");
        JCheckBoxMenuItem showStatus = new JCheckBoxMenuItem("Status bar", true);
        showStatus.addActionListener(e -> statusBar.setVisible(showStatus.isSelected()));
        view.add(showStatus);
        view.addSeparator();
        ButtonGroup density = new ButtonGroup();
        for (String name : new String[] {"Comfortable", "Compact"}) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(name, name.equals("Comfortable"));
            density.add(item);
            view.add(item);
        }
        aboutItem.addActionListener(about);
        helpMenu.add(aboutItem);
        bar.add(file);
        bar.add(edit);
        bar.add(view);
        bar.add(helpMenu);
        setJMenuBar(bar);

        JToolBar toolBar = new JToolBar();
        toolBar.setFloatable(false);
        newButton = toolBar.add(newCustomer);
        newButton.setName("newCustomerButton");
        toolBar.add(save);
        toolBar.addSeparator();
        toolBar.add(refresh);
        toolBar.add(about);

        tabs.setName("mainTabs");
        tabs.addTab("Customers", customers);
        tabs.addTab("Accounts", accounts);
        tabs.addTab("Reports", reports);
        tabs.addChangeListener(e -> status("Viewing " + tabs.getTitleAt(tabs.getSelectedIndex())));

        statusBar.setName("statusBar");
        statusBar.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        status("Signed in as " + user + ". " + SampleData.CUSTOMER_COUNT + " customers loaded.");

        getContentPane().add(toolBar, BorderLayout.NORTH);
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        setSize(new Dimension(1180, 760));
        setLocationRelativeTo(null);
    }

    void status(String text) {
        statusBar.setText(text);
    }

    private void newCustomer() {
        Customer created = new NewCustomerDialog(this, customers.model.nextId()).ask();
        if (created != null) {
            tabs.setSelectedIndex(0);
            customers.add(created);
        } else {
            status("New customer cancelled");
        }
    }
}
