package io.tapedeck.examples.crm;

import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;

/**
 * The sign-in screen: user name and password. The password is what the recording must never
 * contain, so it sits in a real {@link JPasswordField} exactly as a business app would have it.
 */
final class SignInPanel extends JPanel {
    final JTextField userName = new JTextField(18);
    final JPasswordField password = new JPasswordField(18);
    final JButton signIn = new JButton("Sign in");
    private final JLabel message = new JLabel(" ");

    SignInPanel(Consumer<String> onSignedIn) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(24, 32, 24, 32));
        userName.setName("userName");
        password.setName("password");
        signIn.setName("signIn");
        message.setForeground(new Color(0xB00020));

        JLabel title = new JLabel("Tapedeck CRM");
        title.setFont(title.getFont().deriveFont(Font.BOLD, 22f));
        JLabel subtitle = new JLabel("Sign in to your workspace");

        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        add(title, c);
        c.gridy++;
        add(subtitle, c);
        c.gridwidth = 1;
        c.gridy++;
        add(new JLabel("User name"), c);
        c.gridx = 1;
        add(userName, c);
        c.gridx = 0;
        c.gridy++;
        add(new JLabel("Password"), c);
        c.gridx = 1;
        add(password, c);
        c.gridy++;
        add(new JCheckBox("Remember me"), c);
        c.gridy++;
        c.anchor = GridBagConstraints.EAST;
        add(signIn, c);
        c.gridx = 0;
        c.gridy++;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        add(message, c);

        signIn.addActionListener(e -> {
            String user = userName.getText().trim();
            char[] secret = password.getPassword();
            boolean ok = !user.isEmpty() && secret.length > 0;
            java.util.Arrays.fill(secret, '\0');
            if (ok) {
                onSignedIn.accept(user);
            } else {
                message.setText("Enter your user name and password.");
            }
        });
        password.addActionListener(e -> signIn.doClick());
    }
}
