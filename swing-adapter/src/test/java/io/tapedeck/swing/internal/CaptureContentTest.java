package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Point;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import org.junit.jupiter.api.Test;

class CaptureContentTest extends SwingTestSupport {

    @Test
    void nestedPanelsBecomeKindsBoundsAndText() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            JPanel inner = new JPanel(null);
            inner.setBounds(10, 20, 200, 100);
            inner.setBorder(BorderFactory.createLineBorder(Color.RED, 2));
            JLabel label = new JLabel("Hello");
            label.setBounds(5, 5, 80, 20);
            JButton ok = new JButton("OK");
            ok.setBounds(5, 40, 80, 25);
            ok.setToolTipText("Confirm");
            JCheckBox check = new JCheckBox("Agree", true);
            check.setBounds(100, 40, 90, 25);
            inner.add(label);
            inner.add(ok);
            inner.add(check);
            root.add(inner);
            frame("Nested", root, 100, 100, 400, 300);
        });
        record();
        ViewNode desktop = sink.await(n -> ViewTrees.withText(n, "Hello").isPresent(), 5000, "the label");

        assertEquals(ViewKind.DESKTOP, desktop.kind());
        ViewNode window = desktop.children().get(0);
        assertEquals(ViewKind.WINDOW, window.kind());
        assertEquals("Nested", window.text());
        assertEquals(0, window.x());
        assertEquals(0, window.y());
        assertEquals(window.width(), desktop.width());

        ViewNode label = ViewTrees.withText(desktop, "Hello").orElseThrow();
        assertEquals(ViewKind.LABEL, label.kind());
        assertEquals(List.of(5, 5, 80, 20), List.of(label.x(), label.y(), label.width(), label.height()));
        assertEquals(JLabel.class.getName(), label.className());

        ViewNode inner = ViewTrees.parentOf(desktop, label).orElseThrow();
        assertEquals(ViewKind.PANEL, inner.kind());
        assertEquals(List.of(10, 20, 200, 100), List.of(inner.x(), inner.y(), inner.width(), inner.height()));
        assertEquals(BorderSpec.Style.LINE, inner.border().style());
        assertEquals(2, inner.border().top());
        assertEquals(Color.RED.getRGB(), inner.border().argb());
        // Swing's order: the first added child is on top (index 0).
        assertEquals(
                List.of("Hello", "OK", "Agree"),
                inner.children().stream().map(ViewNode::text).toList());

        ViewNode ok = ViewTrees.withText(desktop, "OK").orElseThrow();
        assertEquals(ViewKind.BUTTON, ok.kind());
        assertEquals("Confirm", ok.toolTip());
        assertTrue(ok.has(ViewNode.ENABLED));
        ViewNode check = ViewTrees.withText(desktop, "Agree").orElseThrow();
        assertEquals(ViewKind.CHECKBOX, check.kind());
        assertTrue(check.has(ViewNode.SELECTED));
        assertTrue(label.font().family().contains("sans-serif"), label.font().family());

        // The content pane sits inside JRootPane → JLayeredPane, all panels.
        List<ViewNode> path = ViewTrees.pathTo(desktop, label);
        assertEquals(ViewKind.PANEL, path.get(2).kind());
        assertEquals("javax.swing.JRootPane", path.get(2).className());
    }

    @Test
    void typingIntoATextFieldShowsInTheNextSnapshot() throws Exception {
        JTextField[] field = new JTextField[1];
        Edt.run(() -> {
            JPanel root = new JPanel(new BorderLayout());
            field[0] = new JTextField("");
            root.add(field[0], BorderLayout.NORTH);
            frame("Typing", root, 50, 50, 300, 100);
        });
        record();
        sink.await(n -> ViewTrees.ofKind(n, ViewKind.TEXT_FIELD).isPresent(), 5000, "the field");
        Typing.type(field[0], "hello");
        ViewNode after = sink.await(n -> ViewTrees.withText(n, "hello").isPresent(), 5000, "typed text");
        ViewNode f = ViewTrees.withText(after, "hello").orElseThrow();
        assertEquals(ViewKind.TEXT_FIELD, f.kind());
        assertTrue(f.has(ViewNode.EDITABLE));
    }

    @Test
    void scrollingAScrollPaneChangesTheViewportScrollY() throws Exception {
        JScrollPane[] pane = new JScrollPane[1];
        Edt.run(() -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) text.append("line ").append(i).append('\n');
            pane[0] = new JScrollPane(new JTextArea(text.toString()));
            frame("Scroll", pane[0], 50, 50, 300, 200);
        });
        record();
        sink.await(n -> ViewTrees.ofKind(n, ViewKind.SCROLL_VIEWPORT).isPresent(), 5000, "the viewport");
        Edt.run(() -> pane[0].getViewport().setViewPosition(new Point(0, 500)));
        ViewNode after = sink.await(
                n -> ViewTrees.ofKind(n, ViewKind.SCROLL_VIEWPORT).orElseThrow().scrollY() == 500, 5000, "scrollY 500");
        ViewNode viewport = ViewTrees.ofKind(after, ViewKind.SCROLL_VIEWPORT).orElseThrow();
        ViewNode area = viewport.children().get(0);
        assertEquals(ViewKind.TEXT_AREA, area.kind());
        assertEquals(0, area.y(), "the view stays at 0,0; core applies the scroll");
        ViewNode bar = ViewTrees.find(after, n -> n.kind() == ViewKind.SCROLL_BAR && n.has(ViewNode.VERTICAL))
                .orElseThrow();
        assertEquals(500, bar.value());
    }

    @Test
    void tabsReportTitlesAndTheSelectedOne() throws Exception {
        JTabbedPane[] tabs = new JTabbedPane[1];
        Edt.run(() -> {
            tabs[0] = new JTabbedPane();
            tabs[0].addTab("One", new JLabel("first"));
            tabs[0].addTab("Two", new JLabel("second"));
            tabs[0].addTab("Three", new JLabel("third"));
            frame("Tabs", tabs[0], 50, 50, 400, 200);
        });
        record();
        ViewNode before = sink.await(n -> ViewTrees.ofKind(n, ViewKind.TABS).isPresent(), 5000, "the tabs");
        assertEquals(List.of("One", "Two", "Three"), tabTitles(before));
        assertEquals("One", selectedTab(before));
        assertTrue(ViewTrees.withText(before, "first").isPresent());
        assertTrue(ViewTrees.withText(before, "second").isEmpty(), "hidden tab content is not captured");

        Edt.run(() -> tabs[0].setSelectedIndex(1));
        ViewNode after = sink.await(n -> "Two".equals(selectedTab(n)), 5000, "tab Two selected");
        assertTrue(ViewTrees.withText(after, "second").isPresent());
        assertTrue(ViewTrees.withText(after, "first").isEmpty());
        ViewNode tab = ViewTrees.withText(after, "Two").orElseThrow();
        assertTrue(tab.width() > 0 && tab.height() > 0);
    }

    @Test
    void aTableContributesOnlyItsVisibleCellsAndFollowsScrolling() throws Exception {
        JTable[] table = new JTable[1];
        Edt.run(() -> {
            table[0] = new JTable(new AbstractTableModel() {
                @Override
                public int getRowCount() {
                    return 100_000;
                }

                @Override
                public int getColumnCount() {
                    return 3;
                }

                @Override
                public Object getValueAt(int r, int c) {
                    return "r" + r + "c" + c;
                }
            });
            frame("Table", new JScrollPane(table[0]), 50, 50, 400, 300);
        });
        record();
        ViewNode before = sink.await(n -> ViewTrees.withText(n, "r0c0").isPresent(), 5000, "the first cell");
        int cells = ViewTrees.all(before, n -> n.kind() == ViewKind.CELL).size();
        assertTrue(cells < 100, "only visible cells, not " + cells);
        assertTrue(ViewTrees.withText(before, "C").isPresent(), "header cells: " + ViewTrees.dump(before));

        Edt.run(() -> table[0].scrollRectToVisible(table[0].getCellRect(5000, 0, true)));
        ViewNode after = sink.await(n -> ViewTrees.withText(n, "r5000c1").isPresent(), 5000, "row 5000");
        assertTrue(ViewTrees.withText(after, "r0c0").isEmpty());
        assertEquals(
                ViewKind.CELL,
                ViewTrees.withText(after, "r5000c1").orElseThrow().kind());
    }

    @Test
    void aClosedComboShowsItsSelectedItem() throws Exception {
        JComboBox<String>[] combo = new JComboBox[1];
        Edt.run(() -> {
            combo[0] = new JComboBox<>(new String[] {"Red", "Green", "Blue"});
            JPanel p = new JPanel();
            p.add(combo[0]);
            frame("Combo", p, 50, 50, 300, 100);
        });
        record();
        sink.await(
                n -> ViewTrees.find(n, x -> x.kind() == ViewKind.COMBO && "Red".equals(x.text()))
                        .isPresent(),
                5000,
                "Red");
        Edt.run(() -> combo[0].setSelectedItem("Blue"));
        ViewNode after = sink.await(
                n -> ViewTrees.find(n, x -> x.kind() == ViewKind.COMBO && "Blue".equals(x.text()))
                        .isPresent(),
                5000,
                "Blue");
        ViewNode c = ViewTrees.ofKind(after, ViewKind.COMBO).orElseThrow();
        assertTrue(c.children().isEmpty(), "the arrow button is an internal part");
        assertNull(ViewTrees.find(after, n -> n.kind() == ViewKind.CELL).orElse(null));
    }

    @Test
    void htmlIsCapturedAsTheWordsItShows() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(new BorderLayout());
            root.add(new JLabel("<html><i>Hi</i> <b>there</b></html>"), BorderLayout.NORTH);
            root.add(
                    new JEditorPane("text/html", "<html><body><p><b>Bold</b> words</p></body></html>"),
                    BorderLayout.CENTER);
            frame("Html", root, 50, 50, 300, 200);
        });
        record();
        ViewNode desktop =
                sink.await(n -> ViewTrees.ofKind(n, ViewKind.TEXT_AREA).isPresent(), 5000, "the editor pane");
        assertTrue(ViewTrees.withText(desktop, "Hi there").isPresent(), ViewTrees.dump(desktop));
        String area =
                ViewTrees.ofKind(desktop, ViewKind.TEXT_AREA).orElseThrow().text();
        assertTrue(area.contains("Bold words") && !area.contains("<b>"), area);
    }

    private static List<String> tabTitles(ViewNode root) {
        return ViewTrees.all(root, n -> n.kind() == ViewKind.TAB).stream()
                .map(ViewNode::text)
                .toList();
    }

    private static String selectedTab(ViewNode root) {
        return ViewTrees.find(root, n -> n.kind() == ViewKind.TAB && n.has(ViewNode.SELECTED))
                .map(ViewNode::text)
                .orElse(null);
    }
}
