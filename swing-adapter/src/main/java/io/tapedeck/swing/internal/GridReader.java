package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.ListCellRenderer;
import javax.swing.ListModel;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.tree.TreePath;

/**
 * The visible cells of tables, table headers, lists and trees, read through their renderers
 * exactly as painting would configure them. Only the visible rectangle is read, so the cost
 * follows the viewport, not the row count. Cell keys derive from the owner's key (see
 * {@link Keys}). EDT only.
 */
final class GridReader {
    /** A safety cap on cells per grid (a huge viewport of tiny cells). */
    static final int MAX_CELLS = 4096;

    private final FontSpecs fonts;
    private final IconCache icons;

    GridReader(FontSpecs fonts, IconCache icons) {
        this.fonts = fonts;
        this.icons = icons;
    }

    void read(Component c, ComponentState t, List<ViewNode> parts) {
        PartReuse reuse = new PartReuse(t.partNodes);
        if (c instanceof JTable) readTable((JTable) c, t.key, reuse, parts);
        else if (c instanceof JTableHeader) readHeader((JTableHeader) c, t.key, reuse, parts);
        else if (c instanceof JList) readList((JList<?>) c, t.key, reuse, parts);
        else if (c instanceof JTree) readTree((JTree) c, t.key, reuse, parts);
    }

    private void readTable(JTable table, long key, PartReuse reuse, List<ViewNode> parts) {
        Rectangle vis = table.getVisibleRect();
        int rows = table.getRowCount();
        int cols = table.getColumnCount();
        if (vis.isEmpty() || rows == 0 || cols == 0) return;
        int r0 = orElse(table.rowAtPoint(new Point(vis.x, vis.y)), 0);
        int r1 = orElse(table.rowAtPoint(new Point(vis.x, vis.y + vis.height - 1)), rows - 1);
        int c0 = orElse(table.columnAtPoint(new Point(vis.x, vis.y)), 0);
        int c1 = orElse(table.columnAtPoint(new Point(vis.x + vis.width - 1, vis.y)), cols - 1);
        if (c0 > c1) {
            int s = c0;
            c0 = c1;
            c1 = s;
        } // right-to-left tables
        int width = c1 - c0 + 1;
        r1 = Math.min(r1, r0 + Math.max(1, MAX_CELLS / width) - 1);
        // Slots by absolute position keep a cell's key while it scrolls; fall back to positions
        // relative to the visible block when the absolute ones could wrap within it.
        boolean absolute = (long) (r1 - r0 + 1) * cols < Keys.PART_SLOTS;
        for (int r = r0; r <= r1; r++) {
            for (int col = c0; col <= c1; col++) {
                if (table.isEditing() && table.getEditingRow() == r && table.getEditingColumn() == col) continue;
                Rectangle rect = table.getCellRect(r, col, false);
                TableCellRenderer renderer = table.getCellRenderer(r, col);
                Component rc = table.prepareRenderer(renderer, r, col);
                long slot = absolute ? (long) r * cols + col : (long) (r - r0) * width + (col - c0);
                Object value = table.getValueAt(r, col);
                parts.add(reuse.keep(cell(Keys.partKey(key, slot), rect, rc, value, table.isCellSelected(r, col))));
            }
        }
    }

    private void readHeader(JTableHeader header, long key, PartReuse reuse, List<ViewNode> parts) {
        JTable table = header.getTable();
        Rectangle vis = header.getVisibleRect();
        int cols = header.getColumnModel().getColumnCount();
        if (vis.isEmpty() || cols == 0) return;
        int c0 = orElse(header.columnAtPoint(new Point(vis.x, vis.y)), 0);
        int c1 = orElse(header.columnAtPoint(new Point(vis.x + vis.width - 1, vis.y)), cols - 1);
        if (c0 > c1) {
            int s = c0;
            c0 = c1;
            c1 = s;
        }
        for (int col = c0; col <= c1; col++) {
            TableColumn column = header.getColumnModel().getColumn(col);
            TableCellRenderer renderer =
                    column.getHeaderRenderer() != null ? column.getHeaderRenderer() : header.getDefaultRenderer();
            if (renderer == null) continue;
            Object value = column.getHeaderValue();
            Component rc = renderer.getTableCellRendererComponent(table, value, false, false, -1, col);
            parts.add(reuse.keep(cell(Keys.partKey(key, col), header.getHeaderRect(col), rc, value, false)));
        }
    }

    private void readList(JList<?> list, long key, PartReuse reuse, List<ViewNode> parts) {
        int first = list.getFirstVisibleIndex();
        int last = list.getLastVisibleIndex();
        if (first < 0 || last < 0) return;
        last = Math.min(last, first + MAX_CELLS - 1);
        @SuppressWarnings("unchecked")
        JList<Object> l = (JList<Object>) list;
        ListCellRenderer<Object> renderer = l.getCellRenderer();
        ListModel<Object> model = l.getModel();
        int lead = list.getLeadSelectionIndex();
        boolean focused = list.hasFocus();
        for (int i = first; i <= last && i < model.getSize(); i++) {
            Rectangle rect = list.getCellBounds(i, i);
            if (rect == null || renderer == null) continue;
            Object value = model.getElementAt(i);
            boolean selected = list.isSelectedIndex(i);
            Component rc = renderer.getListCellRendererComponent(l, value, i, selected, focused && i == lead);
            parts.add(reuse.keep(cell(Keys.partKey(key, i), rect, rc, value, selected)));
        }
    }

    private void readTree(JTree tree, long key, PartReuse reuse, List<ViewNode> parts) {
        Rectangle vis = tree.getVisibleRect();
        if (vis.isEmpty() || tree.getRowCount() == 0) return;
        int first = tree.getClosestRowForLocation(vis.x, vis.y);
        int last = tree.getClosestRowForLocation(vis.x, vis.y + vis.height - 1);
        if (first < 0 || last < 0) return;
        last = Math.min(last, first + MAX_CELLS - 1);
        int lead = tree.getLeadSelectionRow();
        boolean focused = tree.hasFocus();
        for (int row = first; row <= last; row++) {
            if (tree.isEditing() && row == tree.getRowForPath(tree.getEditingPath())) continue;
            Rectangle rect = tree.getRowBounds(row);
            TreePath path = tree.getPathForRow(row);
            if (rect == null || path == null) continue;
            Object value = path.getLastPathComponent();
            boolean selected = tree.isRowSelected(row);
            boolean leaf = tree.getModel() != null && tree.getModel().isLeaf(value);
            Component rc = tree.getCellRenderer() == null
                    ? null
                    : tree.getCellRenderer()
                            .getTreeCellRendererComponent(
                                    tree, value, selected, tree.isExpanded(row), leaf, row, focused && row == lead);
            String fallback = tree.convertValueToText(value, selected, tree.isExpanded(row), leaf, row, false);
            parts.add(reuse.keep(cell(Keys.partKey(key, row), rect, rc, fallback, selected)));
        }
    }

    private ViewNode cell(long key, Rectangle rect, Component rc, Object value, boolean selected) {
        ViewNode.Builder b = ViewNode.builder(key, ViewKind.CELL)
                .bounds(rect.x, rect.y, rect.width, rect.height)
                .flags(ViewNode.ENABLED | (selected ? ViewNode.SELECTED : 0));
        String text = null;
        if (rc != null) {
            if (rc.isOpaque()) b.flag(ViewNode.OPAQUE, true).background(SwingPropertyReader.argb(rc.getBackground()));
            b.foreground(SwingPropertyReader.argb(rc.getForeground()));
            b.font(fonts.of(rc.getFont()));
            if (rc instanceof JLabel) {
                JLabel label = (JLabel) rc;
                text = PlainText.shown(label, label.getText());
                b.icon(icons.of(label.getIcon(), label));
                b.align(SwingPropertyReader.align(label.getHorizontalAlignment(), label));
            }
        }
        if (text == null) text = value == null ? "" : String.valueOf(value);
        return b.text(text).build();
    }

    private static int orElse(int index, int fallback) {
        return index < 0 ? fallback : index;
    }
}
