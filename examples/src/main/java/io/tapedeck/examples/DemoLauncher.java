package io.tapedeck.examples;

import io.tapedeck.examples.crm.CrmApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The demo jar's entry point.
 * <ul>
 *   <li>{@code java -javaagent:tapedeck-agent.jar=serverUrl=file:///DIR -jar tapedeck-demo.jar
 *       [--autopilot] [--autopilot-seconds N]} runs Tapedeck CRM (recorded by the agent).</li>
 *   <li>{@code java -jar tapedeck-demo.jar replay-page SESSION.ndjson|DIR [OUT.html]} writes a
 *       self-contained replay page once the recorded JVM has exited and flushed its file
 *       (default: {@code replay.html} next to the newest session).</li>
 * </ul>
 */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("replay-page")) {
            if (args.length < 2) {
                System.err.println("usage: replay-page SESSION.ndjson|DIR [OUT.html]");
                System.exit(2);
            }
            Path source = Paths.get(args[1]);
            Path session = Files.isDirectory(source) ? ReplayPage.newestSession(source) : source;
            Path html = args.length > 2 ? Paths.get(args[2]) : session.resolveSibling("replay.html");
            ReplayPage.write(session, html);
            System.out.println(html.toAbsolutePath().normalize());
            return;
        }
        CrmApp.main(args);
    }
}
