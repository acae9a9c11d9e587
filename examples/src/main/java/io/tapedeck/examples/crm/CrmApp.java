package io.tapedeck.examples.crm;

import java.awt.Window;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * Tapedeck CRM: a small but realistic Swing app (sign-in, a customer table with a detail
 * form, an accounts tree, a painted chart, menus and dialogs) for the agent to record.
 * {@code --autopilot} makes it drive itself with {@link java.awt.Robot} and exit.
 */
public final class CrmApp {
    private final AtomicReference<JFrame> signInFrame = new AtomicReference<>();
    private final AtomicReference<SignInPanel> signIn = new AtomicReference<>();
    private final AtomicReference<MainWindow> main = new AtomicReference<>();

    private CrmApp() {}

    /** Options: {@code --autopilot}, {@code --autopilot-seconds N} (default 30). */
    public static void main(String[] args) throws Exception {
        boolean autopilot = false;
        int seconds = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--autopilot":
                    autopilot = true;
                    break;
                case "--autopilot-seconds":
                    autopilot = true;
                    seconds = Integer.parseInt(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException(
                            "Unknown option " + args[i] + " (expected --autopilot, --autopilot-seconds N)");
            }
        }
        CrmApp app = new CrmApp();
        SwingUtilities.invokeAndWait(app::showSignIn);
        if (autopilot) {
            new Autopilot(app, seconds * 1000L).start();
        }
    }

    /**
     * Installs the look and feel named by {@code -Ddemo.laf}: {@code metal} (the
     * default), {@code nimbus}, {@code system}, {@code flatlaf-light}, {@code flatlaf-dark}, or a
     * class name. One that cannot be installed leaves Metal and says so.
     */
    public static void installLookAndFeel() {
        String name = System.getProperty("demo.laf", "metal");
        try {
            UIManager.setLookAndFeel(lookAndFeelClass(name));
        } catch (Exception | LinkageError e) {
            System.err.println("[demo] look and feel '" + name + "' unavailable (" + e + "), using "
                    + UIManager.getLookAndFeel().getName());
        }
    }

    /** The class behind a {@code demo.laf} name. */
    public static String lookAndFeelClass(String name) {
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "metal":
                return UIManager.getCrossPlatformLookAndFeelClassName();
            case "nimbus":
                return "javax.swing.plaf.nimbus.NimbusLookAndFeel";
            case "system":
                return UIManager.getSystemLookAndFeelClassName();
            case "flatlaf-light":
                return "com.formdev.flatlaf.FlatLightLaf";
            case "flatlaf-dark":
                return "com.formdev.flatlaf.FlatDarkLaf";
            default:
                return name.trim();
        }
    }

    private void showSignIn() {
        installLookAndFeel();
        JFrame frame = new JFrame("Tapedeck CRM \u2014 Sign in");
        frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
        SignInPanel panel = new SignInPanel(this::signedIn);
        frame.setContentPane(panel);
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        signIn.set(panel);
        signInFrame.set(frame);
    }

    private void signedIn(String user) {
        MainWindow window = new MainWindow(user);
        window.setVisible(true);
        main.set(window);
        JFrame frame = signInFrame.getAndSet(null);
        if (frame != null) {
            frame.dispose();
        }
    }

    SignInPanel signInPanel() {
        return signIn.get();
    }

    /** The main window once signed in, else null. */
    MainWindow mainWindow() {
        return main.get();
    }

    /** Closes every window; called on the EDT before the autopilot exits. */
    static void disposeAll() {
        for (Window window : Window.getWindows()) {
            window.dispose();
        }
    }
}
