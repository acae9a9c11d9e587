package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

class IncrementalCaptureTest extends SwingTestSupport {
    /** A window of 10 panels × 100 labels (1,000+ components). */
    static JPanel thousandLabels(JLabel[][] labels) {
        JPanel root = new JPanel(new GridLayout(1, 10));
        for (int p = 0; p < 10; p++) {
            JPanel column = new JPanel(new GridLayout(100, 1));
            for (int i = 0; i < 100; i++) {
                labels[p][i] = new JLabel("p" + p + "l" + i);
                column.add(labels[p][i]);
            }
            root.add(column);
        }
        return root;
    }

    @Test
    void changingALabelRebuildsOnlyThePathToIt() throws Exception {
        JLabel[][] labels = new JLabel[10][100];
        Edt.run(() -> frame("Big", thousandLabels(labels), 0, 0, 1200, 900));
        record();
        sink.await(n -> ViewTrees.withText(n, "p9l99").isPresent(), 5000, "all labels");
        ViewNode before = sink.settle(300);
        assertTrue(ViewTrees.count(before) > 1000);

        Edt.run(() -> labels[3][50].setText("changed"));
        ViewNode after = sink.await(n -> ViewTrees.withText(n, "changed").isPresent(), 5000, "the new text");

        ViewNode changed = ViewTrees.withText(after, "changed").orElseThrow();
        List<ViewNode> path = ViewTrees.pathTo(after, changed);
        ViewNode oldLabel = ViewTrees.withText(before, "p3l50").orElseThrow();
        assertEquals(oldLabel.key(), changed.key(), "same component, same key");
        // Every node off the path is the very object of the previous snapshot.
        int[] shared = {0};
        ViewTrees.walk(after, n -> {
            if (path.contains(n)) {
                assertNotSame(ViewTrees.withKey(before, n.key()).orElseThrow(), n, "on the path: rebuilt " + n);
            } else {
                assertSame(ViewTrees.withKey(before, n.key()).orElseThrow(), n, "off the path: reused " + n);
                shared[0]++;
            }
        });
        assertTrue(shared[0] > 1000, "shared " + shared[0]);
    }

    @Test
    void movingAPanelChangesOnlyThatNodeAndItsAncestors() throws Exception {
        JPanel[] moving = new JPanel[1];
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            for (int i = 0; i < 5; i++) {
                JPanel p = new JPanel();
                p.add(new JLabel("panel " + i));
                p.setBounds(10, 10 + i * 50, 150, 40);
                root.add(p);
                if (i == 2) moving[0] = p;
            }
            frame("Move", root, 0, 0, 400, 400);
        });
        record();
        sink.await(n -> ViewTrees.withText(n, "panel 4").isPresent(), 5000, "the panels");
        ViewNode before = sink.settle(300);
        ViewNode oldPanel = ViewTrees.parentOf(
                        before, ViewTrees.withText(before, "panel 2").orElseThrow())
                .orElseThrow();

        Edt.run(() -> moving[0].setLocation(200, 300));
        ViewNode after = sink.await(
                n -> ViewTrees.withKey(n, oldPanel.key()).orElseThrow().x() == 200, 5000, "the move");

        ViewNode newPanel = ViewTrees.withKey(after, oldPanel.key()).orElseThrow();
        assertEquals(300, newPanel.y());
        assertSame(oldPanel.children().get(0), newPanel.children().get(0), "its content is untouched");
        ViewNode parent = ViewTrees.parentOf(after, newPanel).orElseThrow();
        ViewNode oldParent = ViewTrees.parentOf(before, oldPanel).orElseThrow();
        for (int i = 0; i < parent.children().size(); i++) {
            if (parent.children().get(i) != newPanel)
                assertSame(oldParent.children().get(i), parent.children().get(i));
        }
        List<ViewNode> path = ViewTrees.pathTo(after, newPanel);
        ViewTrees.walk(after, n -> {
            if (!path.contains(n)) assertSame(ViewTrees.withKey(before, n.key()).orElseThrow(), n, n.toString());
        });
    }

    @Test
    void aResyncKeepsUnchangedNodesShared() throws Exception {
        JLabel[][] labels = new JLabel[10][100];
        Edt.run(() -> frame("Resync", thousandLabels(labels), 0, 0, 1200, 900));
        record();
        sink.await(n -> ViewTrees.withText(n, "p9l99").isPresent(), 5000, "all labels");
        ViewNode before = sink.settle(300);
        ViewNode again = Edt.call(() -> recorder.captureNowOnEdt(true));
        assertSame(before, again, "a full re-read of an unchanged window yields the same tree");
    }
}
