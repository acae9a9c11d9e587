package example;

import io.tapedeck.Tapedeck;
import java.awt.BorderLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;

/**
 * An app compiled against tapedeck-api alone (ApiJarIT compiles it with nothing else on the
 * class path): it calls every method of Tapedeck and prints what each returned, as name=value
 * lines, then {@code app done}. Run with or without the agent, it must behave the same except
 * for the recording. With the argument {@code wait-for-attach} it first asks the API, prints
 * {@code ready pid=N} and waits for a line on standard input (the test attaches the agent then).
 */
public final class ApiOnlyApp {
    public static void main(String[] args) throws Exception {
        JFrame[] frame = new JFrame[1];
        JPasswordField[] secret = new JPasswordField[1];
        SwingUtilities.invokeAndWait(() -> {
            JFrame f = new JFrame("API-only app");
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.getContentPane().add(new JLabel("Customer"), BorderLayout.NORTH);
            secret[0] = new JPasswordField(12);
            f.getContentPane().add(secret[0], BorderLayout.CENTER);
            f.setBounds(40, 40, 300, 120);
            f.setVisible(true);
            frame[0] = f;
        });
        if (args.length > 0 && args[0].equals("wait-for-attach")) {
            // The API is used before the agent arrives (java -jar tapedeck-agent.jar attach <pid>).
            System.out.println("before-attach isRecording=" + Tapedeck.isRecording());
            System.out.println("ready pid=" + ProcessHandle.current().pid());
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        Tapedeck.start();
        Tapedeck.mask(secret[0]);
        Tapedeck.unmask(frame[0].getContentPane());
        Tapedeck.block(secret[0]);
        Tapedeck.event("Checkout", Map.of("items", 3, "express", true));
        Tapedeck.useSession("api-only-device", 1_700_000_000_000L);
        Tapedeck.event("After useSession", null);
        System.out.println("isRecording=" + Tapedeck.isRecording());
        System.out.println("replayId=" + Tapedeck.replayId().orElse("(empty)"));
        System.out.println("sessionReplayProperties=" + Tapedeck.sessionReplayProperties());
        System.out.println("isOptedOut=" + Tapedeck.isOptedOut());
        try {
            Tapedeck.event(" ", null);
            System.out.println("blankEvent=accepted");
        } catch (IllegalArgumentException e) {
            System.out.println("blankEvent=IllegalArgumentException");
        }
        Tapedeck.flush();
        Tapedeck.stop();
        Tapedeck.setOptOut(false);
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        System.out.println("app done");
    }
}
