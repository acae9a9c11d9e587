package io.tapedeck.examples.fidelity;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDesktopPane;
import javax.swing.JFrame;
import javax.swing.JInternalFrame;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTree;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import javax.swing.tree.DefaultMutableTreeNode;

/**
 * The gallery window of the fidelity check: one frame with a menu bar and three tabs that
 * between them hold every component issue 5 lists (table, list, tree, split panes, combo,
 * spinner, slider, progress bars, buttons with icons, titled borders, a painted chart, a
 * desktop with internal frames, a layered-pane note and glass-pane content). Built on the EDT;
 * {@link GalleryApp} walks its scenes. Small enough to fit a 1600×1000 screen at UI scale 2.
 */
final class Gallery {
    static final int WIDTH = 640;
    static final int HEIGHT = 420;

    final JFrame frame = new JFrame("Fidelity gallery");
    final JTabbedPane tabs = new JTabbedPane();
    final JMenu fileMenu = new JMenu("File");
    final JMenu recentMenu = new JMenu("Recent files");
    final JTable table;
    final JComboBox<String> period = new JComboBox<>(new String[] {"Daily", "Weekly", "Monthly", "Yearly"});
    final JButton details = new JButton("Details");
    final JPopupMenu lightPopup = popup("Cut", "Copy", "Paste", null, "Select all");
    final JPopupMenu heavyPopup = popup("Open in new window", "Rename", "Delete");
    final GlassNote glass = new GlassNote();
    final JLabel layeredNote = new JLabel("Layered note", SwingConstants.CENTER);

    Gallery() {
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setJMenuBar(menuBar());
        table = table();
        tabs.addTab("Data", data());
        tabs.addTab("Controls", controls());
        tabs.addTab("Desktop", desktop());
        frame.setContentPane(tabs);
        heavyPopup.setLightWeightPopupEnabled(false);

        layeredNote.setOpaque(true);
        layeredNote.setBackground(new Color(0xFFF4C2));
        layeredNote.setBorder(BorderFactory.createLineBorder(new Color(0xB08A00)));
        layeredNote.setBounds(WIDTH - 170, HEIGHT - 90, 140, 28);
        layeredNote.setVisible(false);
        frame.getLayeredPane().add(layeredNote, JLayeredPane.PALETTE_LAYER);
        frame.setGlassPane(glass);

        frame.setBounds(10, 10, WIDTH, HEIGHT);
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        fileMenu.add(new JMenuItem("New", dot(new Color(0x2E8B57))));
        fileMenu.add(new JMenuItem("Open\u2026"));
        recentMenu.add(new JMenuItem("april-report.csv"));
        recentMenu.add(new JMenuItem("budget-2025.xlsx"));
        fileMenu.add(recentMenu);
        fileMenu.addSeparator();
        fileMenu.add(new JMenuItem("Exit"));
        bar.add(fileMenu);
        JMenu edit = new JMenu("Edit");
        edit.add(new JMenuItem("Undo"));
        edit.add(new JMenuItem("Copy"));
        bar.add(edit);
        bar.add(new JMenu("Help"));
        return bar;
    }

    private static JTable table() {
        String[] cities = {"Oslo", "Lima", "Pune", "Kyiv", "Graz", "Cork", "Bern", "Nice"};
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Id", "Name", "City", "Score"}, 0) {
            @Override
            public Class<?> getColumnClass(int column) {
                return column == 0 || column == 3 ? Integer.class : String.class;
            }
        };
        String[] names = {
            "Ada", "Brian", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemal", "Lena",
            "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara"
        };
        for (int i = 0; i < names.length; i++) {
            model.addRow(new Object[] {
                100 + i, names[i] + " " + (char) ('K' + i % 12) + ".", cities[i % cities.length], (i * 37) % 100
            });
        }
        JTable table = new JTable(model);
        table.setAutoCreateRowSorter(true);
        table.getRowSorter().toggleSortOrder(1);
        table.setShowGrid(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowSelectionInterval(2, 2);
        return table;
    }

    private JComponent data() {
        DefaultListModel<String> fruits = new DefaultListModel<>();
        for (String f : new String[] {
            "Apricot",
            "Blueberry",
            "Cherry",
            "Damson",
            "Elderberry",
            "Fig",
            "Guava",
            "Huckleberry",
            "Jackfruit",
            "Kiwi",
            "Lime",
            "Mango"
        }) {
            fruits.addElement(f);
        }
        JList<String> list = new JList<>(fruits);
        list.setSelectedIndex(1);
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Projects");
        DefaultMutableTreeNode replay = new DefaultMutableTreeNode("Replay");
        replay.add(new DefaultMutableTreeNode("player.html"));
        replay.add(new DefaultMutableTreeNode("events.ndjson"));
        root.add(replay);
        DefaultMutableTreeNode docs = new DefaultMutableTreeNode("Docs");
        docs.add(new DefaultMutableTreeNode("fidelity.md"));
        root.add(docs);
        root.add(new DefaultMutableTreeNode("README.md"));
        JTree tree = new JTree(root);
        tree.expandRow(1);
        tree.setSelectionRow(2);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(list), new JScrollPane(tree));
        right.setDividerLocation(150);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), right);
        split.setDividerLocation(370);
        return split;
    }

    private JComponent controls() {
        JPanel inputs = new JPanel(new GridLayout(0, 2, 6, 4));
        inputs.setBorder(BorderFactory.createTitledBorder("Inputs"));
        inputs.add(new JLabel("Period:"));
        period.setSelectedIndex(1);
        inputs.add(period);
        inputs.add(new JLabel("Copies:"));
        inputs.add(new JSpinner(new SpinnerNumberModel(42, 0, 99, 1)));
        JCheckBox notify = new JCheckBox("Notify me", true);
        inputs.add(notify);
        JRadioButton email = new JRadioButton("By post", true);
        JRadioButton phone = new JRadioButton("By phone");
        ButtonGroup group = new ButtonGroup();
        group.add(email);
        group.add(phone);
        inputs.add(email);
        inputs.add(phone);
        inputs.add(new JLabel("Status: ready", UIManager.getIcon("OptionPane.informationIcon"), SwingConstants.LEFT));
        inputs.add(new JButton("Save", UIManager.getIcon("FileView.floppyDriveIcon")));
        details.setToolTipText("Shows the details");
        inputs.add(details);

        JPanel progress = new JPanel(new GridLayout(0, 1, 4, 6));
        progress.setBorder(BorderFactory.createTitledBorder("Progress"));
        JSlider slider = new JSlider(0, 100, 60);
        slider.setMajorTickSpacing(25);
        slider.setMinorTickSpacing(5);
        slider.setPaintTicks(true);
        slider.setPaintLabels(true);
        progress.add(slider);
        JProgressBar done = new JProgressBar(0, 100);
        done.setValue(65);
        done.setStringPainted(true);
        progress.add(done);
        JProgressBar busy = new JProgressBar();
        busy.setIndeterminate(true);
        progress.add(busy);

        JPanel top = new JPanel(new GridLayout(1, 2, 8, 0));
        top.add(inputs);
        top.add(progress);
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.setBorder(BorderFactory.createEmptyBorder(4, 6, 6, 6));
        panel.add(top, BorderLayout.NORTH);
        VisitsChart chart = new VisitsChart();
        panel.add(chart, BorderLayout.CENTER);
        // Redraws every second like a live chart; its data changes only when a scene says so.
        new Timer(1000, e -> chart.repaint()).start();
        return panel;
    }

    private static JComponent desktop() {
        JDesktopPane desktop = new JDesktopPane();
        desktop.setBackground(new Color(0x5A7C99));
        JInternalFrame inbox = new JInternalFrame("Inbox", true, true, true, true);
        inbox.add(
                new JScrollPane(new JList<>(new String[] {"Quarterly numbers", "Lunch on Friday?", "Build is green"})));
        inbox.setBounds(20, 20, 260, 180);
        inbox.setVisible(true);
        JInternalFrame notes = new JInternalFrame("Notes", true, false, true, false);
        notes.add(new JScrollPane(new JTextArea("Remember the milk.\nCall the bank.")));
        notes.setBounds(200, 110, 280, 150);
        notes.setVisible(true);
        desktop.add(inbox);
        desktop.add(notes);
        try {
            notes.setSelected(true);
        } catch (java.beans.PropertyVetoException e) {
            // Stays unselected; still a valid scene.
        }
        return desktop;
    }

    private static JPopupMenu popup(String... items) {
        JPopupMenu menu = new JPopupMenu();
        for (String item : items) {
            if (item == null) {
                menu.addSeparator();
            } else {
                menu.add(new JMenuItem(item));
            }
        }
        return menu;
    }

    /** Glass-pane content: a translucent banner painted over the whole content. */
    static final class GlassNote extends JComponent {
        static final String TEXT = "Glass pane: saving\u2026";

        GlassNote() {
            putClientProperty(VisibleTexts.PAINTED_TEXTS, List.of(TEXT));
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            g.setColor(new Color(20, 40, 90, 150));
            g.fillRoundRect(getWidth() / 2 - 110, getHeight() - 60, 220, 34, 12, 12);
            g.setColor(Color.WHITE);
            g.setFont(getFont() == null ? g.getFont() : getFont().deriveFont(13f));
            g.drawString(TEXT, getWidth() / 2 - 90, getHeight() - 38);
        }
    }

    /** A small painted icon (not an image): Swing icons are painting too. */
    static Icon dot(Color color) {
        return new Icon() {
            @Override
            public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
                g.setColor(color);
                g.fillOval(x + 1, y + 1, 10, 10);
            }

            @Override
            public int getIconWidth() {
                return 12;
            }

            @Override
            public int getIconHeight() {
                return 12;
            }
        };
    }
}
