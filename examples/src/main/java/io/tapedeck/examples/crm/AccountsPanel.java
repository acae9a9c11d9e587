package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.Enumeration;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.TreePath;

/** The "Accounts" tab: regions, companies and their accounts in a tree, with a summary label. */
final class AccountsPanel extends JPanel {
    final JTree tree;
    final JLabel summary = new JLabel();
    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode("All accounts");

    AccountsPanel() {
        super(new BorderLayout(8, 8));
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        for (Map.Entry<String, Map<String, Map<String, BigDecimal>>> region :
                SampleData.accounts().entrySet()) {
            DefaultMutableTreeNode regionNode = new DefaultMutableTreeNode(region.getKey());
            for (Map.Entry<String, Map<String, BigDecimal>> company :
                    region.getValue().entrySet()) {
                DefaultMutableTreeNode companyNode = new DefaultMutableTreeNode(company.getKey());
                for (Map.Entry<String, BigDecimal> account : company.getValue().entrySet()) {
                    companyNode.add(new DefaultMutableTreeNode(new Account(account.getKey(), account.getValue())));
                }
                regionNode.add(companyNode);
            }
            root.add(regionNode);
        }
        tree = new JTree(root);
        tree.setName("accountTree");
        tree.setRootVisible(true);
        tree.setShowsRootHandles(true);
        JScrollPane scroll = new JScrollPane(tree);
        scroll.setPreferredSize(new java.awt.Dimension(360, 10));
        summary.setName("accountSummary");
        summary.setVerticalAlignment(JLabel.TOP);
        summary.setFont(summary.getFont().deriveFont(Font.PLAIN, 14f));
        summary.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        add(new JLabel("Accounts by region and company"), BorderLayout.NORTH);
        add(scroll, BorderLayout.WEST);
        add(summary, BorderLayout.CENTER);
        tree.addTreeSelectionListener(e -> summarize(e.getPath()));
        summarize(new TreePath(root));
    }

    private void summarize(TreePath path) {
        DefaultMutableTreeNode node = (DefaultMutableTreeNode) path.getLastPathComponent();
        int accounts = 0;
        BigDecimal total = BigDecimal.ZERO;
        Enumeration<?> all = node.depthFirstEnumeration();
        while (all.hasMoreElements()) {
            Object value = ((DefaultMutableTreeNode) all.nextElement()).getUserObject();
            if (value instanceof Account) {
                accounts++;
                total = total.add(((Account) value).balance);
            }
        }
        summary.setText(
                node.getUserObject() + ": " + accounts + " accounts, total balance " + CustomerForm.money(total));
    }

    /** One account leaf; its label shows the balance. */
    static final class Account {
        final String name;
        final BigDecimal balance;

        Account(String name, BigDecimal balance) {
            this.name = name;
            this.balance = balance;
        }

        @Override
        public String toString() {
            return name + "  (" + CustomerForm.money(balance) + ")";
        }
    }
}
