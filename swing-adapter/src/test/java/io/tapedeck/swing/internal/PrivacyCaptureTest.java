package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.privacy.PrivacyRules;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.GridLayout;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.text.MaskFormatter;
import org.junit.jupiter.api.Test;

/** The adapter reports privacy facts, and reads nothing of what core's policy blocks. */
class PrivacyCaptureTest extends SwingTestSupport {
    /** Names of the methods Tapedeck's capture called on a {@link Tripwire}. */
    static final Set<String> READ_BY_CAPTURE = ConcurrentHashMap.newKeySet();

    /** Records when the capture (not Swing's own painting or layout) reads what it shows. */
    static final class Tripwire extends JLabel {
        Tripwire(String text) {
            super(text);
        }

        private static void check(String what) {
            boolean capturing = StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("io.tapedeck.swing.internal.")
                            && !f.getClassName().contains("Test")
                            && !f.getClassName().equals(Edt.class.getName())));
            if (capturing) READ_BY_CAPTURE.add(what);
        }

        @Override
        public String getText() {
            check("getText");
            return super.getText();
        }

        @Override
        public Icon getIcon() {
            check("getIcon");
            return super.getIcon();
        }

        @Override
        public String getToolTipText() {
            check("getToolTipText");
            return super.getToolTipText();
        }

        @Override
        public Color getForeground() {
            check("getForeground");
            return super.getForeground();
        }

        @Override
        public Font getFont() {
            check("getFont");
            return super.getFont();
        }

        @Override
        protected void paintComponent(Graphics g) {
            check("paintComponent");
            super.paintComponent(g);
        }
    }

    static final class SecretPanel extends JPanel {
        SecretPanel() {
            super(new GridLayout(1, 1));
        }
    }

    private static PrivacyPolicy policy(String rules) throws Exception {
        return PrivacyPolicy.of(MaskLevel.MEDIUM, MaskImages.LARGE, PrivacyRules.parse(rules));
    }

    private ViewNode nodeNamed(String name) throws InterruptedException {
        return sink.await(n -> ViewTrees.find(n, x -> name.equals(x.name())).isPresent(), 5000, name)
                        .children()
                        .isEmpty()
                ? null
                : ViewTrees.find(sink.latest(), x -> name.equals(x.name())).orElseThrow();
    }

    @Test
    void markersFromTheApiAndTheClientPropertyAreReported() throws Exception {
        JLabel[] labels = new JLabel[3];
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(3, 1));
            for (int i = 0; i < 3; i++) {
                labels[i] = new JLabel("label " + i);
                labels[i].setName("label" + i);
                root.add(labels[i]);
            }
            labels[0].putClientProperty(SwingPrivacyFacts.CLIENT_PROPERTY, "unmask");
            Markers.set(labels[1], PrivacyMarker.MASK);
            labels[2].putClientProperty(SwingPrivacyFacts.CLIENT_PROPERTY, "something else");
            frame("Markers", root, 40, 40, 300, 120);
        });
        record(new CaptureSettings(20, 1000, 3600, policy("mask: name=zzz")));
        assertEquals(PrivacyMarker.UNMASK, nodeNamed("label0").marker());
        assertEquals(PrivacyMarker.MASK, nodeNamed("label1").marker());
        assertEquals(PrivacyMarker.MASK, nodeNamed("label2").marker(), "a value we do not know hides, never shows");

        Edt.run(() -> labels[0].putClientProperty(SwingPrivacyFacts.CLIENT_PROPERTY, null));
        sink.await(
                n -> ViewTrees.find(n, x -> "label0".equals(x.name()) && x.marker() == PrivacyMarker.NONE)
                        .isPresent(),
                5000,
                "the property removed");
    }

    @Test
    void theFactsOfATextInputAreReported() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(3, 1));
            JLabel emailLabel = new JLabel("E-mail:");
            JTextField email = new JTextField("ada@example.org");
            email.setName("customerEmail");
            email.putClientProperty(SwingPrivacyFacts.PLACEHOLDER_PROPERTY, "you@example.org");
            emailLabel.setLabelFor(email);
            JFormattedTextField ssn;
            try {
                ssn = new JFormattedTextField(new MaskFormatter("###-##-####"));
            } catch (java.text.ParseException e) {
                throw new AssertionError(e);
            }
            ssn.setName("ssn");
            root.add(emailLabel);
            root.add(email);
            root.add(ssn);
            frame("Facts", root, 40, 40, 300, 120);
        });
        record();
        ViewNode email = nodeNamed("customerEmail");
        assertEquals("E-mail:", email.accessibleName(), "from the label pointing at it");
        assertEquals("you@example.org", email.placeholder());
        assertEquals("javax.swing.JTextField", email.typeNames().get(0));
        assertTrue(email.typeNames().contains("javax.swing.text.JTextComponent"));
        assertEquals("MaskFormatter ###-##-####", nodeNamed("ssn").inputHint());
        ViewNode other = nodeNamed("ssn");
        assertTrue(other.typeNames().contains("javax.swing.JTextField"));
    }

    @Test
    void anIconOnlyLabelIsReportedWithItsAccessibleName() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(2, 1));
            JLabel photo = new JLabel(new javax.swing.ImageIcon(
                    new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB)));
            photo.setName("photo");
            photo.getAccessibleContext().setAccessibleName("Customer photo");
            JLabel captioned = new JLabel("caption");
            captioned.setName("captioned");
            root.add(photo);
            root.add(captioned);
            frame("Icons", root, 40, 40, 300, 120);
        });
        record();
        assertEquals("Customer photo", nodeNamed("photo").accessibleName());
        assertNull(nodeNamed("captioned").accessibleName(), "a caption says it already; not read without a rule");
    }

    @Test
    void nothingOfABlockedComponentNorOfWhatIsInsideItIsRead() throws Exception {
        READ_BY_CAPTURE.clear();
        JPanel[] blocked = new JPanel[1];
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(3, 1));
            blocked[0] = new JPanel(new GridLayout(1, 1));
            blocked[0].setName("blockedByMarker");
            blocked[0].add(new Tripwire("inside a blocked panel"));
            Markers.set(blocked[0], PrivacyMarker.BLOCK);
            SecretPanel byClass = new SecretPanel();
            byClass.setName("blockedByClass");
            byClass.add(new Tripwire("inside a blocked class"));
            Tripwire byName = new Tripwire("blocked by its name");
            byName.setName("photoOfPatient");
            root.add(blocked[0]);
            root.add(byClass);
            root.add(byName);
            frame("Blocked", root, 40, 40, 300, 150);
        });
        record(new CaptureSettings(20, 1000, 3600, policy("block: class=SecretPanel; block: name=photo*")));
        ViewNode root = sink.await(
                n -> ViewTrees.find(n, x -> "Blocked".equals(x.text())).isPresent(), 5000, "the window");
        Edt.flush();
        root = sink.settle(300);
        // By marker, by class rule, by name rule; a blocked node carries its box and the flag only.
        assertEquals(3, ViewTrees.all(root, x -> x.has(ViewNode.BLOCKED)).size(), ViewTrees.dump(root));
        for (ViewNode n : ViewTrees.all(root, x -> x.has(ViewNode.BLOCKED))) {
            assertEquals(0, n.children().size());
            assertNull(n.text());
            assertNull(n.toolTip());
            assertTrue(n.width() > 0 && n.height() > 0, "the placeholder keeps the component's box");
        }
        assertFalse(ViewTrees.withText(root, "inside a blocked panel").isPresent());
        assertEquals(Set.of(), READ_BY_CAPTURE, "read by the capture");

        // Unblocked later (no event tells Swing): the subtree is read again, and appears.
        Edt.run(() -> Markers.set(blocked[0], PrivacyMarker.NONE));
        sink.await(n -> ViewTrees.withText(n, "inside a blocked panel").isPresent(), 5000, "the unblocked content");
        assertTrue(READ_BY_CAPTURE.contains("getText"), "the tripwire works: unblocked, its text is read");
    }

    @Test
    void aMarkerSetOnAShownComponentTakesEffectAtTheNextCapture() throws Exception {
        JLabel[] label = new JLabel[1];
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(1, 1));
            label[0] = new JLabel("shown at first");
            root.add(label[0]);
            frame("Later", root, 40, 40, 300, 80);
        });
        record(); // resync only once an hour: the marker alone must trigger the re-read
        sink.await(n -> ViewTrees.withText(n, "shown at first").isPresent(), 5000, "the label");
        Edt.run(() -> Markers.set(label[0], PrivacyMarker.BLOCK));
        sink.await(
                n -> !ViewTrees.withText(n, "shown at first").isPresent()
                        && ViewTrees.find(n, x -> x.has(ViewNode.BLOCKED)).isPresent(),
                2000,
                "the label blocked");
    }

    @Test
    void aBlockRuleByAccessibleNameWorksOnARealComponent() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(2, 1));
            JLabel photo = new JLabel("a photo");
            photo.getAccessibleContext().setAccessibleName("Patient photo");
            JLabel other = new JLabel("visible");
            root.add(photo);
            root.add(other);
            frame("Accessible", root, 40, 40, 300, 120);
        });
        record(new CaptureSettings(20, 1000, 3600, policy("block: accessibleName=patient photo")));
        ViewNode root = sink.await(n -> ViewTrees.withText(n, "visible").isPresent(), 5000, "the window");
        assertFalse(ViewTrees.withText(root, "a photo").isPresent());
        assertEquals(1, ViewTrees.all(root, x -> x.has(ViewNode.BLOCKED)).size());
    }

    @Test
    void aComponentWhoseFactsCannotBeReadIsBlocked() throws Exception {
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(2, 1));
            JComponent broken = new JLabel("broken") {
                @Override
                public String getName() {
                    throw new IllegalStateException("app bug");
                }
            };
            root.add(broken);
            root.add(new JLabel("fine"));
            frame("Broken", root, 40, 40, 300, 120);
        });
        record();
        ViewNode root = sink.await(n -> ViewTrees.withText(n, "fine").isPresent(), 5000, "the window");
        assertFalse(ViewTrees.withText(root, "broken").isPresent());
        assertEquals(1, ViewTrees.all(root, x -> x.has(ViewNode.BLOCKED)).size());
    }
}
