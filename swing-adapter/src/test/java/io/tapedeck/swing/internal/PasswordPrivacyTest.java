package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.RecordingSink;
import io.tapedeck.testing.ViewTrees;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

class PasswordPrivacyTest extends SwingTestSupport {
    private static final String SECRET = "s3cr3tPW";

    @Test
    void passwordContentAppearsNowhereInAnySnapshot() throws Exception {
        JPasswordField[] password = new JPasswordField[1];
        JTextField[] user = new JTextField[1];
        Edt.run(() -> {
            JPanel root = new JPanel(new GridLayout(2, 1));
            user[0] = new JTextField();
            password[0] = new JPasswordField();
            root.add(user[0]);
            root.add(password[0]);
            frame("Sign in", root, 50, 50, 300, 100);
        });
        record();
        sink.await(n -> ViewTrees.ofKind(n, ViewKind.PASSWORD).isPresent(), 5000, "the password field");
        Typing.type(password[0], SECRET);
        Edt.run(() -> password[0].setToolTipText("enter your password"));
        Typing.type(user[0], "alice");
        sink.await(
                n -> ViewTrees.withText(n, "alice").isPresent()
                        && ViewTrees.find(n, x -> "enter your password".equals(x.toolTip()))
                                .isPresent(),
                5000,
                "later changes");
        assertEquals(
                SECRET.length(), Edt.call(() -> password[0].getDocument().getLength()), "the typing reached the field");

        int snapshotsWithPassword = 0;
        for (ViewNode snapshot : sink.snapshots) {
            for (ViewNode n : ViewTrees.all(snapshot, x -> true)) {
                for (String s : strings(n)) {
                    assertFalse(s.contains(SECRET) || s.contains("s3cr"), "leaked in " + n + ": " + s);
                }
                if (n.kind() == ViewKind.PASSWORD) {
                    snapshotsWithPassword++;
                    assertNull(n.text());
                    assertEquals(0, n.value());
                    assertEquals(0, n.maximum());
                }
            }
        }
        assertTrue(snapshotsWithPassword > 0);
        for (RecordingSink.Action a : sink.actions) assertFalse(a.toString().contains("s3cr"));
    }

    private static List<String> strings(ViewNode n) {
        List<String> out = new ArrayList<>();
        out.add(n.text());
        out.add(n.toolTip());
        out.add(n.className());
        out.add(n.name());
        out.add(n.accessibleName());
        out.add(n.placeholder());
        out.add(n.inputHint());
        out.add(n.toString());
        if (n.font() != null) out.add(n.font().family());
        if (n.border() != null) out.add(n.border().title());
        if (n.icon() != null) out.add(n.icon().contentKey());
        out.removeIf(s -> s == null);
        return out;
    }
}
