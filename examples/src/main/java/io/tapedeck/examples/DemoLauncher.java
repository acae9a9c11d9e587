package io.tapedeck.examples;

import io.tapedeck.examples.crm.CrmApp;
import io.tapedeck.examples.inventory.InventoryMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * The demo jar's entry point. Two demo apps: Tapedeck CRM (Swing, the default) and Tapedeck
 * Inventory (JavaFX); {@code --app crm|inventory} or {@code app crm|inventory} picks one.
 * <ul>
 *   <li>{@code java -jar tapedeck-demo.jar [--app crm|inventory] [--port N] [--data DIR] [--autopilot] ...}:
 *       the embedded default ({@link EmbeddedDemo}): a local collector, the demo app recorded by
 *       the agent uploading to it, and the address of the replay.</li>
 *   <li>{@code java -jar tapedeck-demo.jar serve [--port N] [--data DIR]}: only the collector,
 *       to watch the sessions recorded earlier.</li>
 *   <li>{@code java -javaagent:tapedeck-agent.jar=serverUrl=file:///DIR -jar tapedeck-demo.jar
 *       app [crm|inventory] [--autopilot] [--autopilot-seconds N]} runs just one demo app (recorded
 *       by whatever agent the command line names; without a name, Tapedeck CRM). For the CRM,
 *       {@code -Ddemo.laf=metal|nimbus|system|flatlaf-light|flatlaf-dark} picks its look and feel,
 *       {@code -Dsun.java2d.uiScale=2} its scale. Tapedeck Inventory runs with the JavaFX that
 *       the demo jar carries on its class path (JavaFX warns about an unnamed module; that is
 *       expected); under Xvfb, add {@code -Dprism.order=sw}.</li>
 *   <li>{@code java -jar tapedeck-demo.jar replay-page SESSION.ndjson|DIR [OUT.html]} writes a
 *       self-contained replay page once the recorded JVM has exited and flushed its file
 *       (default: {@code replay.html} next to the newest session).</li>
 * </ul>
 */
public final class DemoLauncher {
    private DemoLauncher() {}

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
            String app = args.length > 1 && !args[1].startsWith("-") ? args[1] : EmbeddedDemo.CRM;
            String[] rest = Arrays.copyOfRange(args, args.length > 1 && !args[1].startsWith("-") ? 2 : 1, args.length);
            if (app.equals(EmbeddedDemo.INVENTORY)) {
                InventoryMain.main(rest);
            } else if (app.equals(EmbeddedDemo.CRM)) {
                CrmApp.main(rest);
            } else {
                System.err.println(
                        "tapedeck-demo: unknown app " + app + " (expected crm or inventory)\n" + EmbeddedDemo.USAGE);
                System.exit(2);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("serve")) {
            EmbeddedDemo.serve(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        EmbeddedDemo.main(args);
    }
}
