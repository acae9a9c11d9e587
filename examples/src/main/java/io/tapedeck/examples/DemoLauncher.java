package io.tapedeck.examples;

import io.tapedeck.examples.crm.CrmApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * The demo jar's entry point.
 * <ul>
 *   <li>{@code java -jar tapedeck-demo.jar [--port N] [--data DIR] [--autopilot] ...}: the
 *       embedded default ({@link EmbeddedDemo}): a local collector, Tapedeck CRM recorded by
 *       the agent uploading to it, and the address of the replay.</li>
 *   <li>{@code java -jar tapedeck-demo.jar serve [--port N] [--data DIR]}: only the collector,
 *       to watch the sessions recorded earlier.</li>
 *   <li>{@code java -javaagent:tapedeck-agent.jar=serverUrl=file:///DIR -jar tapedeck-demo.jar
 *       app [--autopilot] [--autopilot-seconds N]} runs just Tapedeck CRM (recorded by whatever
 *       agent the command line names); {@code -Ddemo.laf=metal|nimbus|system|flatlaf-light|flatlaf-dark}
 *       picks its look and feel, {@code -Dsun.java2d.uiScale=2} its scale.</li>
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
        if (args.length > 0 && args[0].equals("app")) {
            CrmApp.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("serve")) {
            EmbeddedDemo.serve(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        EmbeddedDemo.main(args);
    }
}
