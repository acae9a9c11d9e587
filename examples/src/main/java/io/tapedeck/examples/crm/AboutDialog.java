package io.tapedeck.examples.crm;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Frame;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Help → About: a small modal dialog, and where the demo shows its replay id when recorded. */
final class AboutDialog extends JDialog {
    final JButton close = new JButton("Close");

    AboutDialog(Frame owner) {
        super(owner, "About Tapedeck CRM", true);
        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.setBorder(BorderFactory.createEmptyBorder(16, 20, 12, 20));
        JLabel title = new JLabel("Tapedeck CRM 1.0");
        title.setFont(title.getFont().deriveFont(Font.BOLD, 16f));
        body.add(title, BorderLayout.NORTH);
        String replay = TapedeckInfo.replayId();
        body.add(
                new JLabel("<html>A demo customer manager, recorded by the Tapedeck agent.<br>"
                        + (replay == null ? "Not recorded." : "Replay id: " + replay) + "</html>"),
                BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        close.setName("aboutClose");
        buttons.add(close);
        body.add(buttons, BorderLayout.SOUTH);
        setContentPane(body);
        close.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(close);
        pack();
        setLocationRelativeTo(owner);
    }
}
