package io.tapedeck.examples.canary;

import io.tapedeck.Tapedeck;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GridLayout;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JFormattedTextField;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.SpinnerListModel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import javax.swing.tree.DefaultMutableTreeNode;

/**
 * A Swing app that puts one distinct canary string ({@link Canary}) into every kind of component
 * and place Tapedeck must mask or may show, for {@code CanaryIT}. Argument {@code marked}: also
 * sets the app's markers ({@code Tapedeck.mask/unmask/block}, client property
 * {@code tapedeck.privacy}); {@code plain}: no markers (the same components, level only).
 * The rules are configuration ({@link Canary#RULES}); the components they match are here.
 *
 * <p>Shows everything, types, opens a dialog and a menu, edits a table cell, then exits by itself
 * after about 5 s (the agent's shutdown hook writes the last events).
 */
public final class CanaryApp {
    private CanaryApp() {}

    /** Matched by the rule {@code mask: class=*SecretLabel}. */
    public static class SecretLabel extends JLabel {
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

    /** Draws a canary string itself, with Graphics: recorded as the text of its painting. */
    static final class PaintedCanary extends JComponent {
        PaintedCanary() {
            setPreferredSize(new Dimension(200, 30));
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.BLUE);
            g.drawString(Canary.PAINTED.swing, 4, 20);
        }
    }

    private static boolean marked;
    private static JFrame frame;
    private static JTextField typedField;
    private static JTable table;
    private static JMenu menu;

    public static void main(String[] args) throws Exception {
        marked = args.length > 0 && args[0].equals("marked");
        SwingUtilities.invokeAndWait(CanaryApp::build);
        System.out.println("ready");
        Thread.sleep(800);
        typeWithRobot();
        SwingUtilities.invokeAndWait(CanaryApp::editCellAndOpenMenuAndDialog);
        Thread.sleep(3500);
        System.out.println("replayId=" + Tapedeck.replayId().orElse(""));
        Canary.deliverBeforeExit();
        System.out.println("app done");
        System.exit(0);
    }

    private static void build() {
        frame = new JFrame(Canary.WINDOW_TITLE.swing);
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        JMenuBar bar = new JMenuBar();
        menu = new JMenu(Canary.MENU.swing);
        menu.add(new JMenuItem(Canary.MENU_ITEM.swing));
        bar.add(menu);
        frame.setJMenuBar(bar);

        // Four columns, so that everything is on screen: what is recorded is what is painted,
        // and a text area squeezed to no height paints nothing.
        JPanel fields = new JPanel(new GridLayout(0, 4, 4, 4));
        fields.add(new JTextField(Canary.FIELD.swing, 18));
        typedField = new JTextField(18);
        fields.add(typedField);
        JPasswordField password = new JPasswordField(Canary.PASSWORD.swing, 18);
        fields.add(password);
        JFormattedTextField card = new JFormattedTextField();
        card.setValue(Canary.CARD.swing);
        fields.add(card);
        JFormattedTextField email = new JFormattedTextField();
        email.setValue(Canary.EMAIL.swing);
        fields.add(email);
        JComboBox<String> editableCombo = new JComboBox<>(new String[] {"first"});
        editableCombo.setEditable(true);
        editableCombo.setSelectedItem(Canary.COMBO_EDIT.swing);
        fields.add(editableCombo);
        fields.add(new JComboBox<>(new String[] {Canary.COMBO_ITEM.swing}));
        fields.add(new JSpinner(new SpinnerListModel(new String[] {Canary.SPINNER.swing, "other"})));
        fields.add(new JLabel(Canary.LABEL.swing));
        JButton button = new JButton(Canary.BUTTON.swing);
        button.setToolTipText(Canary.TOOLTIP.swing);
        fields.add(button);
        fields.add(new JCheckBox(Canary.CHECKBOX.swing, true));
        JLabel named = new JLabel(new ImageIcon(solid(140, 120, new Color(0x7f, 0x3a, 0x11)))); // a large icon
        named.getAccessibleContext().setAccessibleName(Canary.ACCESSIBLE_NAME.swing);
        fields.add(named);
        fields.add(new JLabel("small", new ImageIcon(solid(16, 16, Color.ORANGE)), JLabel.LEFT));
        fields.add(new PaintedCanary());

        JTextArea area = new JTextArea(Canary.AREA.swing, 2, 18);
        JEditorPane editor = new JEditorPane("text/plain", Canary.EDITOR.swing);
        JPanel texts = new JPanel(new GridLayout(1, 2));
        texts.add(area);
        texts.add(editor);

        table = new JTable(new Object[][] {{Canary.CELL.swing, "editing here"}}, new Object[] {"A", "B"});
        DefaultListModel<String> listModel = new DefaultListModel<>();
        listModel.addElement(Canary.LIST_ITEM.swing);
        JTree tree = new JTree(new DefaultMutableTreeNode(Canary.TREE.swing));
        JPanel views = new JPanel(new GridLayout(1, 3));
        views.add(new JScrollPane(table));
        views.add(new JList<>(listModel));
        views.add(tree);

        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(Canary.TAB.swing, views);
        tabs.addTab("other", new JPanel());

        JPanel content = new JPanel(new BorderLayout());
        content.add(fields, BorderLayout.NORTH);
        content.add(texts, BorderLayout.CENTER);
        JPanel south = new JPanel(new GridLayout(2, 1));
        south.add(tabs);
        south.add(markedComponents()); // on screen: a component on a hidden tab is never captured at all
        south.setPreferredSize(new Dimension(1540, 380)); // room for the table's and the list's rows
        content.add(south, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setBounds(10, 10, 1560, 960);
        frame.setVisible(true);
        typedField.requestFocusInWindow();
    }

    /** Components with markers (in marked runs) and components the rules match. */
    private static JPanel markedComponents() {
        JPanel panel = new JPanel(new GridLayout(0, 3, 4, 4));

        JTextField unmasked = new JTextField(Canary.MARK_UNMASK.swing, 18);
        JLabel masked = new JLabel(Canary.MARK_MASK.swing);
        JPanel blocked = new JPanel();
        blocked.add(new JLabel(Canary.MARK_BLOCK.swing));
        panel.add(unmasked);
        panel.add(masked);
        panel.add(blocked);

        JTextArea propUnmasked = new JTextArea(Canary.DECLARED_UNMASK.swing);
        JLabel propMasked = new JLabel(Canary.DECLARED_MASK.swing);
        JPanel propBlocked = new JPanel();
        propBlocked.add(new JLabel(Canary.DECLARED_BLOCK.swing));
        panel.add(propUnmasked);
        panel.add(propMasked);
        panel.add(propBlocked);

        JPanel unmaskedContainer = new JPanel(new GridLayout(2, 2)); // wide enough to show whole texts
        unmaskedContainer.add(new JLabel(Canary.IN_UNMASKED_CONTAINER.swing));
        JLabel maskedInside = new JLabel(Canary.MASKED_IN_UNMASKED.swing);
        unmaskedContainer.add(maskedInside);
        JPasswordField passwordInside = new JPasswordField(Canary.PASSWORD_UNMASKED.swing, 12);
        unmaskedContainer.add(passwordInside);
        panel.add(unmaskedContainer);

        panel.add(new SecretLabel(Canary.RULE_CLASS.swing));
        panel.add(new VerySecretLabel(Canary.RULE_SUPERCLASS.swing));
        JTextField publicNote = new JTextField(Canary.RULE_NAME.swing, 18);
        publicNote.setName("publicNote");
        panel.add(publicNote);
        JPanel photo = new JPanel();
        photo.getAccessibleContext().setAccessibleName("Patient photo");
        photo.add(new JLabel(Canary.RULE_ACCESSIBLE_NAME.swing));
        panel.add(photo);
        JTextField secretNote = new JTextField(Canary.MARKER_BEATS_RULE.swing, 18);
        secretNote.setName("secretNote");
        panel.add(secretNote);

        if (marked) {
            Tapedeck.unmask(unmasked);
            Tapedeck.mask(masked);
            Tapedeck.block(blocked);
            propUnmasked.putClientProperty("tapedeck.privacy", "unmask");
            propMasked.putClientProperty("tapedeck.privacy", "mask");
            propBlocked.putClientProperty("tapedeck.privacy", "block");
            unmaskedContainer.putClientProperty("tapedeck.privacy", "unmask");
            Tapedeck.mask(maskedInside);
            Tapedeck.unmask(passwordInside);
            Tapedeck.unmask(secretNote);
        }
        return panel;
    }

    private static BufferedImage solid(int w, int h, Color color) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics g = image.getGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    /** Types {@link Canary#TYPED} key by key; falls back to setText when the field has no focus. */
    private static void typeWithRobot() throws Exception {
        SwingUtilities.invokeAndWait(() -> typedField.requestFocusInWindow());
        Thread.sleep(200);
        boolean focused = typedField.isFocusOwner();
        if (focused) {
            Robot robot = new Robot();
            robot.setAutoDelay(15);
            for (char c : Canary.TYPED.swing.toCharArray()) {
                int key = KeyEvent.getExtendedKeyCodeForChar(c);
                robot.keyPress(key);
                robot.keyRelease(key);
            }
            robot.waitForIdle();
        }
        SwingUtilities.invokeAndWait(() -> {
            if (!typedField.getText().equals(Canary.TYPED.swing)) typedField.setText(Canary.TYPED.swing);
        });
        System.out.println("typed with robot=" + focused);
    }

    private static void editCellAndOpenMenuAndDialog() {
        table.editCellAt(0, 1);
        if (table.getEditorComponent() instanceof JTextComponent) {
            ((JTextComponent) table.getEditorComponent()).setText(Canary.CELL_EDIT.swing);
        }
        JDialog dialog = new JDialog(frame, Canary.DIALOG_TITLE.swing, false);
        dialog.add(new JLabel("a dialog"));
        dialog.setBounds(300, 200, 300, 120);
        dialog.setVisible(true);
        menu.setPopupMenuVisible(true);
    }
}
