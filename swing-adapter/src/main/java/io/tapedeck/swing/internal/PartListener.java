package io.tapedeck.swing.internal;

import java.awt.Component;
import java.lang.ref.WeakReference;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.ListModel;
import javax.swing.ListSelectionModel;
import javax.swing.RowSorter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.ListSelectionListener;
import javax.swing.event.RowSorterEvent;
import javax.swing.event.RowSorterListener;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.TableModelEvent;
import javax.swing.event.TableModelListener;
import javax.swing.event.TreeExpansionEvent;
import javax.swing.event.TreeExpansionListener;
import javax.swing.event.TreeModelEvent;
import javax.swing.event.TreeModelListener;
import javax.swing.event.TreeSelectionEvent;
import javax.swing.event.TreeSelectionListener;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumnModel;
import javax.swing.table.TableModel;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;

/**
 * Marks one component dirty when one of its models or its document changes. Those events name
 * the model, not the component, so this listener is per component (a small object holding the
 * component weakly); everything else uses the shared listeners of {@link SwingChangeTracker}.
 * A password field's document only marks: the event's content is never looked at.
 */
final class PartListener
        implements DocumentListener,
                ListSelectionListener,
                ListDataListener,
                TableModelListener,
                TableColumnModelListener,
                RowSorterListener,
                TreeModelListener,
                TreeSelectionListener,
                TreeExpansionListener {

    private final SwingChangeTracker tracker;
    private final WeakReference<Component> owner;
    // What we are attached to, so that unbind detaches from the old models after a swap.
    private Document document;
    private TableModel tableModel;
    private ListSelectionModel selectionModel;
    private TableColumnModel columnModel;
    private RowSorter<?> rowSorter;
    private ListModel<?> listModel;
    private javax.swing.tree.TreeModel treeModel;
    private boolean onTree;
    private boolean onList;

    private PartListener(SwingChangeTracker tracker, Component owner) {
        this.tracker = tracker;
        this.owner = new WeakReference<>(owner);
    }

    /** A listener for {@code c} attached to its models, or null when it has none we follow. */
    static PartListener attachTo(SwingChangeTracker tracker, Component c) {
        if (!(c instanceof JTextComponent
                || c instanceof JTable
                || c instanceof JTableHeader
                || c instanceof JList
                || c instanceof JTree
                || c instanceof JComboBox)) {
            return null;
        }
        PartListener l = new PartListener(tracker, c);
        l.bind();
        return l;
    }

    /** Re-attaches after the component swapped a model or document. */
    void rebind() {
        unbind();
        bind();
    }

    void bind() {
        Component c = owner.get();
        if (c instanceof JTextComponent) {
            document = ((JTextComponent) c).getDocument();
        } else if (c instanceof JComboBox) {
            JComboBox<?> combo = (JComboBox<?>) c;
            Component editor = combo.isEditable() && combo.getEditor() != null
                    ? combo.getEditor().getEditorComponent()
                    : null;
            if (editor instanceof JTextComponent) document = ((JTextComponent) editor).getDocument();
        } else if (c instanceof JTable) {
            JTable table = (JTable) c;
            tableModel = table.getModel();
            selectionModel = table.getSelectionModel();
            columnModel = table.getColumnModel();
            rowSorter = table.getRowSorter();
        } else if (c instanceof JTableHeader) {
            columnModel = ((JTableHeader) c).getColumnModel();
        } else if (c instanceof JList) {
            JList<?> list = (JList<?>) c;
            listModel = list.getModel();
            list.addListSelectionListener(this);
            onList = true;
        } else if (c instanceof JTree) {
            JTree tree = (JTree) c;
            treeModel = tree.getModel();
            tree.addTreeSelectionListener(this);
            tree.addTreeExpansionListener(this);
            onTree = true;
        }
        if (document != null) document.addDocumentListener(this);
        if (tableModel != null) tableModel.addTableModelListener(this);
        if (selectionModel != null) selectionModel.addListSelectionListener(this);
        if (columnModel != null) columnModel.addColumnModelListener(this);
        if (rowSorter != null) rowSorter.addRowSorterListener(this);
        if (listModel != null) listModel.addListDataListener(this);
        if (treeModel != null) treeModel.addTreeModelListener(this);
    }

    void unbind() {
        if (document != null) document.removeDocumentListener(this);
        if (tableModel != null) tableModel.removeTableModelListener(this);
        if (selectionModel != null) selectionModel.removeListSelectionListener(this);
        if (columnModel != null) columnModel.removeColumnModelListener(this);
        if (rowSorter != null) rowSorter.removeRowSorterListener(this);
        if (listModel != null) listModel.removeListDataListener(this);
        if (treeModel != null) treeModel.removeTreeModelListener(this);
        Component c = owner.get();
        if (onList && c instanceof JList) ((JList<?>) c).removeListSelectionListener(this);
        if (onTree && c instanceof JTree) {
            ((JTree) c).removeTreeSelectionListener(this);
            ((JTree) c).removeTreeExpansionListener(this);
        }
        document = null;
        tableModel = null;
        selectionModel = null;
        columnModel = null;
        rowSorter = null;
        listModel = null;
        treeModel = null;
        onList = onTree = false;
    }

    private void changed() {
        Component c = owner.get();
        if (c == null) {
            try {
                unbind(); // the component is gone; its models may outlive it
            } catch (Throwable ignored) {
                // Not a boundary: best-effort cleanup; a model that refuses removal keeps a listener that does nothing.
            }
            return;
        }
        tracker.markDirtyFromListener(c);
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        changed();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        changed();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        changed();
    }

    @Override
    public void valueChanged(ListSelectionEvent e) {
        changed();
    }

    @Override
    public void intervalAdded(ListDataEvent e) {
        changed();
    }

    @Override
    public void intervalRemoved(ListDataEvent e) {
        changed();
    }

    @Override
    public void contentsChanged(ListDataEvent e) {
        changed();
    }

    @Override
    public void tableChanged(TableModelEvent e) {
        changed();
    }

    @Override
    public void columnAdded(TableColumnModelEvent e) {
        changed();
    }

    @Override
    public void columnRemoved(TableColumnModelEvent e) {
        changed();
    }

    @Override
    public void columnMoved(TableColumnModelEvent e) {
        changed();
    }

    @Override
    public void columnMarginChanged(javax.swing.event.ChangeEvent e) {
        changed();
    }

    @Override
    public void columnSelectionChanged(ListSelectionEvent e) {
        changed();
    }

    @Override
    public void sorterChanged(RowSorterEvent e) {
        changed();
    }

    @Override
    public void treeNodesChanged(TreeModelEvent e) {
        changed();
    }

    @Override
    public void treeNodesInserted(TreeModelEvent e) {
        changed();
    }

    @Override
    public void treeNodesRemoved(TreeModelEvent e) {
        changed();
    }

    @Override
    public void treeStructureChanged(TreeModelEvent e) {
        changed();
    }

    @Override
    public void valueChanged(TreeSelectionEvent e) {
        changed();
    }

    @Override
    public void treeExpanded(TreeExpansionEvent e) {
        changed();
    }

    @Override
    public void treeCollapsed(TreeExpansionEvent e) {
        changed();
    }
}
