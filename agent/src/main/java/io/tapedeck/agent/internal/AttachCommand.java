package io.tapedeck.agent.internal;

import com.sun.tools.attach.VirtualMachine;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * {@code Main-Class} of the agent jar:
 * {@code java -jar tapedeck-agent.jar attach <pid> [config=PATH,key=value,...]} loads this jar
 * as an agent into the running JVM {@code pid}, which then records its windows.
 * Needs a JDK (the {@code jdk.attach} module), running as the same user as the target.
 */
public final class AttachCommand {
    private static final String USAGE = "usage: java -jar tapedeck-agent.jar attach <pid> [config=PATH,key=value,...]";

    private AttachCommand() {}

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || !"attach".equals(args[0]) || !isPid(args[1])) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        String pid = args[1];
        String agentArgs = args.length == 3 ? args[2] : null;
        try {
            String jar = ownJar().toString();
            VirtualMachine vm = VirtualMachine.attach(pid);
            try {
                vm.loadAgent(jar, agentArgs);
            } finally {
                vm.detach();
            }
            System.out.println("Tapedeck agent loaded into JVM " + pid
                    + "; it records once the app shows a window (its standard error has any problems).");
        } catch (Exception e) {
            System.err.println("tapedeck: could not attach to JVM " + pid + ": " + e);
            System.exit(1);
        }
    }

    private static boolean isPid(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    /** The jar this class was loaded from: the target JVM loads the same file. */
    private static Path ownJar() throws URISyntaxException {
        Path path = Path.of(AttachCommand.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (!path.toString().endsWith(".jar")) {
            throw new IllegalStateException("not running from the agent jar (" + path + ")");
        }
        return path.toAbsolutePath();
    }
}
