package io.tapedeck.examples.fidelity;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JInternalFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.JTree;
import javax.swing.ListCellRenderer;
import javax.swing.border.Border;
import javax.swing.border.CompoundBorder;
import javax.swing.border.TitledBorder;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.JTextComponent;
import javax.swing.tree.TreePath;

/**
 * The texts a window shows right now, read from the Swing tree on the EDT: what a viewer of
 * the replay must find again. Only what is on screen counts: showing components with a
 * non-empty visible area, visible table/list/tree cells (through their renderers), the
 * selected value of a closed combo box, tab titles, titled borders, slider labels, progress
 * strings, tooltips, menu texts, the window title. Never a password field's content.
 */
final class VisibleTexts {
    private VisibleTexts() {}

    static String titleOf(Window w) {
        String title =
                w instanceof Frame ? ((Frame) w).getTitle() : w instanceof Dialog ? ((Dialog) w).getTitle() : null;
        return title == null ? "" : title;
    }

    static List<String> of(Window window) {
        Set<String> texts = new LinkedHashSet<>();
        add(texts, titleOf(window));
        walk(window, texts);
        return new ArrayList<>(texts);
    }

    private static void walk(Container container, Set<String> texts) {
        for (Component c : container.getComponents()) {
            if (!c.isShowing() || c.getWidth() <= 0 || c.getHeight() <= 0) {
                continue;
            }
            if (c instanceof JComponent && ((JComponent) c).getVisibleRect().isEmpty()) {
                continue;
            }
            read(c, texts);
            // A renderer pane holds renderers between paints; the cells are read through the views.
            if (c instanceof Container && !(c instanceof javax.swing.CellRendererPane)) {
                walk((Container) c, texts);
            }
        }
    }

    /**
     * A client property with the texts a custom component draws itself (a {@code List<String>}):
     * no renderer or model tells them, yet a viewer sees them.
     */
    static final String PAINTED_TEXTS = "tapedeck.fidelity.paintedTexts";

    private static void read(Component c, Set<String> texts) {
        if (c instanceof JComponent) {
            titledBorders(((JComponent) c).getBorder(), texts);
            Object painted = ((JComponent) c).getClientProperty(PAINTED_TEXTS);
            if (painted instanceof List) {
                for (Object text : (List<?>) painted) {
                    add(texts, String.valueOf(text));
                }
            }
        }
        if (c instanceof JPasswordField) {
            return;
        }
        if (c instanceof JLabel) {
            add(texts, ((JLabel) c).getText());
        } else if (c instanceof AbstractButton) {
            add(texts, ((AbstractButton) c).getText());
        } else if (c instanceof JTextComponent) {
            for (String line : ((JTextComponent) c).getText().split("\n")) {
                add(texts, line);
            }
        } else if (c instanceof JToolTip) {
            add(texts, ((JToolTip) c).getTipText());
        } else if (c instanceof JTable) {
            table((JTable) c, texts);
        } else if (c instanceof JTableHeader) {
            header((JTableHeader) c, texts);
        } else if (c instanceof JList) {
            list((JList<?>) c, texts);
        } else if (c instanceof JTree) {
            tree((JTree) c, texts);
        } else if (c instanceof JComboBox) {
            combo((JComboBox<?>) c, texts);
        } else if (c instanceof JTabbedPane) {
            JTabbedPane tabs = (JTabbedPane) c;
            for (int i = 0; i < tabs.getTabCount(); i++) {
                add(texts, tabs.getTitleAt(i));
            }
        } else if (c instanceof JProgressBar) {
            JProgressBar bar = (JProgressBar) c;
            if (bar.isStringPainted() && !bar.isIndeterminate()) {
                add(texts, bar.getString());
            }
        } else if (c instanceof JSlider) {
            slider((JSlider) c, texts);
        } else if (c instanceof JInternalFrame) {
            add(texts, ((JInternalFrame) c).getTitle());
        }
    }

    private static void titledBorders(Border border, Set<String> texts) {
        if (border instanceof TitledBorder) {
            add(texts, ((TitledBorder) border).getTitle());
            titledBorders(((TitledBorder) border).getBorder(), texts);
        } else if (border instanceof CompoundBorder) {
            titledBorders(((CompoundBorder) border).getOutsideBorder(), texts);
            titledBorders(((CompoundBorder) border).getInsideBorder(), texts);
        }
    }

    private static void table(JTable table, Set<String> texts) {
        Rectangle visible = table.getVisibleRect();
        int firstRow = Math.max(0, table.rowAtPoint(visible.getLocation()));
        int lastRow = table.rowAtPoint(new java.awt.Point(visible.x, visible.y + visible.height - 1));
        lastRow = lastRow < 0 ? table.getRowCount() - 1 : lastRow;
        for (int row = firstRow; row <= lastRow; row++) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                if (!table.getCellRect(row, col, false).intersects(visible)) {
                    continue;
                }
                if (table.isEditing() && table.getEditingRow() == row && table.getEditingColumn() == col) {
                    continue; // the editor is a component of its own, read as such
                }
                TableCellRenderer renderer = table.getCellRenderer(row, col);
                Component r = table.prepareRenderer(renderer, row, col);
                rendered(r, texts);
            }
        }
    }

    private static void header(JTableHeader header, Set<String> texts) {
        JTable table = header.getTable();
        if (table == null) {
            return;
        }
        for (int col = 0; col < table.getColumnCount(); col++) {
            if (header.getHeaderRect(col).intersects(header.getVisibleRect())) {
                add(texts, table.getColumnName(col));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void list(JList list, Set<String> texts) {
        Rectangle visible = list.getVisibleRect();
        int first = list.getFirstVisibleIndex();
        int last = list.getLastVisibleIndex();
        ListCellRenderer renderer = list.getCellRenderer();
        for (int i = Math.max(0, first); i <= last && i < list.getModel().getSize(); i++) {
            Rectangle cell = list.getCellBounds(i, i);
            if (cell == null || !cell.intersects(visible)) {
                continue;
            }
            Object value = list.getModel().getElementAt(i);
            rendered(renderer.getListCellRendererComponent(list, value, i, list.isSelectedIndex(i), false), texts);
        }
    }

    private static void tree(JTree tree, Set<String> texts) {
        Rectangle visible = tree.getVisibleRect();
        for (int row = 0; row < tree.getRowCount(); row++) {
            Rectangle bounds = tree.getRowBounds(row);
            if (bounds == null || !bounds.intersects(visible)) {
                continue;
            }
            TreePath path = tree.getPathForRow(row);
            Object value = path.getLastPathComponent();
            Component r = tree.getCellRenderer()
                    .getTreeCellRendererComponent(
                            tree,
                            value,
                            tree.isRowSelected(row),
                            tree.isExpanded(row),
                            tree.getModel().isLeaf(value),
                            row,
                            false);
            rendered(r, texts);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void combo(JComboBox combo, Set<String> texts) {
        if (combo.isEditable() || combo.getSelectedIndex() < 0 && combo.getSelectedItem() == null) {
            return; // an editable combo shows its editor, a text field read on its own
        }
        ListCellRenderer renderer = combo.getRenderer();
        JList scratch = new JList();
        rendered(renderer.getListCellRendererComponent(scratch, combo.getSelectedItem(), -1, false, false), texts);
    }

    private static void slider(JSlider slider, Set<String> texts) {
        Dictionary<?, ?> labels = slider.getLabelTable();
        if (!slider.getPaintLabels() || labels == null) {
            return;
        }
        for (Enumeration<?> e = labels.elements(); e.hasMoreElements(); ) {
            Object label = e.nextElement();
            if (label instanceof JLabel) {
                add(texts, ((JLabel) label).getText());
            }
        }
    }

    /** A renderer's text: a label's or a button's (check boxes render booleans without text). */
    private static void rendered(Component r, Set<String> texts) {
        if (r instanceof JLabel) {
            add(texts, ((JLabel) r).getText());
        } else if (r instanceof AbstractButton) {
            add(texts, ((AbstractButton) r).getText());
        } else if (r instanceof JTextComponent) {
            add(texts, ((JTextComponent) r).getText());
        }
    }

    /** Whitespace collapsed, HTML markup reduced to its text; blank texts are not texts. */
    static void add(Set<String> texts, String text) {
        if (text == null) {
            return;
        }
        String plain = text.regionMatches(true, 0, "<html>", 0, 6) ? text.replaceAll("<[^>]*>", " ") : text;
        plain = plain.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        if (!plain.isEmpty()) {
            texts.add(plain);
        }
    }
}
