package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.Color;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.ButtonModel;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JProgressBar;
import javax.swing.JScrollBar;
import javax.swing.JSeparator;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;
import javax.swing.SwingConstants;
import javax.swing.plaf.basic.ComboPopup;
import javax.swing.text.JTextComponent;

/**
 * Reads one component's own properties (not its child components) into a node builder:
 * geometry, flags, colours, font, border, and what its kind shows (text, value, scroll
 * position, tab headers, visible cells). Password fields are never read beyond their flags.
 * EDT only.
 */
final class SwingPropertyReader {
    /** Longer documents are cut: a replay does not need a megabyte log area on every keystroke. */
    static final int MAX_TEXT = 100_000;

    private final FontSpecs fonts = new FontSpecs();
    private final IconCache icons = new IconCache();
    private final GridReader grids = new GridReader(fonts, icons);

    FontSpecs fonts() {
        return fonts;
    }

    IconCache icons() {
        return icons;
    }

    /**
     * @param parts receives the node's sub-parts (tab headers, cells); {@code t.partNodes} holds
     *              the previous ones, reused when unchanged
     */
    ViewNode.Builder read(Component c, ViewKind kind, ComponentState t, List<ViewNode> parts) {
        return read(c, kind, t, parts, ViewNode.builder(t.key, kind), true);
    }

    /**
     * Like {@link #read(Component, ViewKind, ComponentState, List)}, into {@code b} (holding the privacy
     * facts); {@code withParts} false leaves out tab headers and cells (a painting shows them).
     */
    ViewNode.Builder read(
            Component c, ViewKind kind, ComponentState t, List<ViewNode> parts, ViewNode.Builder b, boolean withParts) {
        b.className(c.getClass().getName());
        bounds(c, b);
        boolean opaque = c.isOpaque();
        b.flags((c.isEnabled() ? ViewNode.ENABLED : 0)
                | (opaque ? ViewNode.OPAQUE : 0)
                | (c.isFocusOwner() ? ViewNode.FOCUSED : 0));
        if (opaque) b.background(argb(c.getBackground()));
        b.foreground(argb(c.getForeground()));
        b.font(fonts.of(c.getFont()));
        if (c instanceof JComponent) {
            JComponent jc = (JComponent) c;
            b.border(BorderSpecs.of(jc.getBorder(), jc));
            b.toolTip(jc.getToolTipText());
        }
        switch (kind) {
            case LABEL:
                readLabel(c, b);
                break;
            case BUTTON:
            case TOGGLE:
            case CHECKBOX:
            case RADIO:
            case MENU:
                readButton(c, b);
                break;
            case TEXT_FIELD:
            case TEXT_AREA:
                readText(c, b);
                break;
            case PASSWORD:
                readPassword(c, b);
                break;
            case COMBO:
                readCombo((JComboBox<?>) c, b);
                break;
            case SCROLL_VIEWPORT: {
                Point p = ((JViewport) c).getViewPosition();
                b.scroll(p.x, p.y);
                break;
            }
            case SCROLL_BAR:
                readScrollBar(c, b);
                break;
            case SLIDER: {
                JSlider s = (JSlider) c;
                b.range(s.getValue() - s.getMinimum(), s.getExtent(), s.getMaximum() - s.getMinimum());
                b.flag(ViewNode.VERTICAL, s.getOrientation() == SwingConstants.VERTICAL);
                break;
            }
            case PROGRESS: {
                JProgressBar p = (JProgressBar) c;
                b.range(p.getValue() - p.getMinimum(), 0, p.getMaximum() - p.getMinimum());
                b.flag(ViewNode.VERTICAL, p.getOrientation() == SwingConstants.VERTICAL);
                break;
            }
            case SEPARATOR:
                if (c instanceof JSeparator)
                    b.flag(ViewNode.VERTICAL, ((JSeparator) c).getOrientation() == SwingConstants.VERTICAL);
                break;
            case TOOLBAR:
                if (c instanceof JToolBar)
                    b.flag(ViewNode.VERTICAL, ((JToolBar) c).getOrientation() == SwingConstants.VERTICAL);
                break;
            case TABS:
                if (withParts) readTabs((JTabbedPane) c, t, parts);
                break;
            case GRID:
                if (withParts) grids.read(c, t, parts);
                break;
            default:
                break;
        }
        return b;
    }

    /** The component's box relative to its parent's node. */
    static void bounds(Component c, ViewNode.Builder b) {
        if (c.getParent() instanceof JViewport) {
            b.bounds(0, 0, c.getWidth(), c.getHeight()); // core applies the viewport's scroll offset
        } else {
            b.bounds(c.getX(), c.getY(), c.getWidth(), c.getHeight());
        }
    }

    private void readLabel(Component c, ViewNode.Builder b) {
        if (c instanceof JLabel) {
            JLabel l = (JLabel) c;
            b.text(PlainText.shown(l, l.getText()));
            b.icon(icons.of(l.getIcon(), l));
            b.align(align(l.getHorizontalAlignment(), l));
        } else if (c instanceof java.awt.Label) {
            java.awt.Label l = (java.awt.Label) c;
            b.text(l.getText());
            int a = l.getAlignment();
            b.align(
                    a == java.awt.Label.CENTER
                            ? ViewNode.Align.CENTER
                            : a == java.awt.Label.RIGHT ? ViewNode.Align.RIGHT : ViewNode.Align.LEFT);
        }
    }

    private void readButton(Component c, ViewNode.Builder b) {
        if (c instanceof AbstractButton) {
            AbstractButton ab = (AbstractButton) c;
            b.text(PlainText.shown(ab, ab.getText()));
            Icon icon = ab.getIcon();
            b.icon(icons.of(icon, ab));
            b.align(align(ab.getHorizontalAlignment(), ab));
            ButtonModel m = ab.getModel();
            if (m != null) {
                // A menu item is highlighted while armed (hovered, or chosen with the keys).
                boolean item = ab instanceof javax.swing.JMenuItem
                        && !(ab instanceof javax.swing.JMenu)
                        && !(ab instanceof javax.swing.JCheckBoxMenuItem)
                        && !(ab instanceof javax.swing.JRadioButtonMenuItem);
                b.flag(ViewNode.SELECTED, item ? m.isArmed() : m.isSelected());
                b.flag(ViewNode.PRESSED, m.isPressed() && m.isArmed());
            }
        } else if (c instanceof java.awt.Button) {
            b.text(((java.awt.Button) c).getLabel());
            b.align(ViewNode.Align.CENTER);
        } else if (c instanceof java.awt.Checkbox) {
            java.awt.Checkbox cb = (java.awt.Checkbox) c;
            b.text(cb.getLabel());
            b.flag(ViewNode.SELECTED, cb.getState());
        }
    }

    private static void readText(Component c, ViewNode.Builder b) {
        if (c instanceof JTextComponent) {
            JTextComponent tc = (JTextComponent) c;
            b.flag(ViewNode.EDITABLE, tc.isEditable());
            b.text(PlainText.documentText(tc.getDocument(), MAX_TEXT));
            b.placeholder(SwingPrivacyFacts.placeholder(tc));
            b.inputHint(SwingPrivacyFacts.inputHint(tc));
            if (tc instanceof JTextField) b.align(align(((JTextField) tc).getHorizontalAlignment(), tc));
        } else if (c instanceof java.awt.TextComponent) {
            java.awt.TextComponent tc = (java.awt.TextComponent) c;
            b.flag(ViewNode.EDITABLE, tc.isEditable());
            String text = tc.getText();
            b.text(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }

    /** Flags only: the content, its length and anything derived from it are never read. */
    private static void readPassword(Component c, ViewNode.Builder b) {
        if (c instanceof JTextComponent) {
            b.flag(ViewNode.EDITABLE, ((JTextComponent) c).isEditable());
            b.placeholder(SwingPrivacyFacts.placeholder((JTextComponent) c));
        } else if (c instanceof java.awt.TextComponent)
            b.flag(ViewNode.EDITABLE, ((java.awt.TextComponent) c).isEditable());
    }

    private void readCombo(JComboBox<?> combo, ViewNode.Builder b) {
        b.flag(ViewNode.EDITABLE, combo.isEditable());
        Component editor = combo.isEditable() && combo.getEditor() != null
                ? combo.getEditor().getEditorComponent()
                : null;
        if (editor instanceof JTextComponent) {
            b.text(PlainText.documentText(((JTextComponent) editor).getDocument(), MAX_TEXT));
            b.inputHint(SwingPrivacyFacts.inputHint((JTextComponent) editor));
            return;
        }
        Object selected = combo.getSelectedItem();
        if (selected == null) return;
        String text = null;
        ListCellRenderer<?> renderer = combo.getRenderer();
        JList<?> list = popupList(combo);
        if (renderer != null && list != null) {
            @SuppressWarnings("unchecked")
            ListCellRenderer<Object> r = (ListCellRenderer<Object>) renderer;
            @SuppressWarnings("unchecked")
            JList<Object> l = (JList<Object>) list;
            Component rc = r.getListCellRendererComponent(l, selected, -1, false, false);
            if (rc instanceof JLabel) {
                text = PlainText.shown((JLabel) rc, ((JLabel) rc).getText());
                b.icon(icons.of(((JLabel) rc).getIcon(), rc));
            }
        }
        b.text(text != null ? text : String.valueOf(selected));
    }

    /** The list the combo's look and feel renders into (renderers expect a real one). */
    private static JList<?> popupList(JComboBox<?> combo) {
        if (combo.getUI() == null || combo.getUI().getAccessibleChildrenCount(combo) < 1) return null;
        Object popup = combo.getUI().getAccessibleChild(combo, 0);
        return popup instanceof ComboPopup ? ((ComboPopup) popup).getList() : null;
    }

    private static void readScrollBar(Component c, ViewNode.Builder b) {
        if (c instanceof JScrollBar) {
            JScrollBar s = (JScrollBar) c;
            b.range(s.getValue() - s.getMinimum(), s.getVisibleAmount(), s.getMaximum() - s.getMinimum());
            b.flag(ViewNode.VERTICAL, s.getOrientation() == SwingConstants.VERTICAL);
        } else if (c instanceof java.awt.Scrollbar) {
            java.awt.Scrollbar s = (java.awt.Scrollbar) c;
            b.range(s.getValue() - s.getMinimum(), s.getVisibleAmount(), s.getMaximum() - s.getMinimum());
            b.flag(ViewNode.VERTICAL, s.getOrientation() == java.awt.Scrollbar.VERTICAL);
        }
    }

    private void readTabs(JTabbedPane pane, ComponentState t, List<ViewNode> parts) {
        PartReuse reuse = new PartReuse(t.partNodes);
        int selected = pane.getSelectedIndex();
        for (int i = 0, n = pane.getTabCount(); i < n; i++) {
            Rectangle r = pane.getBoundsAt(i);
            if (r == null) continue;
            ViewNode.Builder tb = ViewNode.builder(Keys.partKey(t.key, i), ViewKind.TAB)
                    .bounds(r.x, r.y, r.width, r.height)
                    .text(pane.getTitleAt(i))
                    .flags((pane.isEnabledAt(i) ? ViewNode.ENABLED : 0) | (i == selected ? ViewNode.SELECTED : 0))
                    .icon(icons.of(pane.getIconAt(i), pane))
                    .toolTip(pane.getToolTipTextAt(i))
                    .foreground(argb(pane.getForegroundAt(i)))
                    .background(argb(pane.getBackgroundAt(i)))
                    .font(fonts.of(pane.getFont()))
                    .align(ViewNode.Align.CENTER);
            parts.add(reuse.keep(tb.build()));
        }
    }

    static ViewNode.Align align(int swingAlignment, Component c) {
        boolean ltr = c.getComponentOrientation().isLeftToRight();
        switch (swingAlignment) {
            case SwingConstants.CENTER:
                return ViewNode.Align.CENTER;
            case SwingConstants.RIGHT:
                return ViewNode.Align.RIGHT;
            case SwingConstants.LEADING:
                return ltr ? ViewNode.Align.LEFT : ViewNode.Align.RIGHT;
            case SwingConstants.TRAILING:
                return ltr ? ViewNode.Align.RIGHT : ViewNode.Align.LEFT;
            default:
                return ViewNode.Align.LEFT;
        }
    }

    static int argb(Color color) {
        return color == null ? 0 : color.getRGB();
    }
}
