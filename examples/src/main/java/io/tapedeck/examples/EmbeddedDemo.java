package io.tapedeck.examples;

import io.tapedeck.collector.Collector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The embedded default: {@code java -jar tapedeck-demo.jar [options]} starts a collector on
 * 127.0.0.1, starts a demo app ({@code --app crm}, the default, or {@code --app inventory}) in a
 * child JVM with the Tapedeck agent uploading to it, and prints where its replay plays once the
 * session's first batch has arrived.
 *
 * <p>With {@code --autopilot} the app drives itself and everything ends when it is done (the
 * child's shutdown flush has delivered the last batch; the collector then stops). Without it,
 * the collector keeps serving after the app is closed, until Ctrl-C, so the replay can be watched.
 *
 * <p>Everything lives under {@code --data DIR}: {@code sessions/} (the collector's store),
 * {@code spool/} (batches not yet delivered), {@code agent/} (the agent's device id) and
 * {@code lib/} (the unpacked agent jar).
 */
final class EmbeddedDemo {
    static final int DEFAULT_PORT = 8787;
    /** The demo apps, by the name {@code --app} and {@code app} take. */
    static final String CRM = "crm";

    static final String INVENTORY = "inventory";
    static final String USAGE =
            "usage: java -jar tapedeck-demo.jar [--app crm|inventory] [--port N] [--data DIR] [--autopilot]"
                    + " [--autopilot-seconds N] [--replay-html FILE]\n"
                    + "       java -jar tapedeck-demo.jar serve [--port N] [--data DIR]\n"
                    + "       java -jar tapedeck-demo.jar app [crm|inventory] [--autopilot] [--autopilot-seconds N]\n"
                    + "       java -jar tapedeck-demo.jar replay-page SESSION.ndjson|DIR [OUT.html]";
    /** How long the app may go without a first batch before the demo says so (it keeps waiting). */
    private static final long FIRST_BATCH_PATIENCE_MS = 30_000;

    private final Options options;
    private final Path data;

    private EmbeddedDemo(Options options) {
        this.options = options;
        this.data = options.data.toAbsolutePath().normalize();
    }

    static void main(String[] args) throws Exception {
        Options options = Options.parseOrExit(args, true);
        System.exit(new EmbeddedDemo(options).run());
    }

    /** {@code serve}: only the collector on the data directory, to watch earlier sessions. */
    static void serve(String[] args) throws Exception {
        EmbeddedDemo demo = new EmbeddedDemo(Options.parseOrExit(args, false));
        Collector collector = demo.startCollector(null);
        System.out.println("Tapedeck viewer: " + collector.baseUrl() + "/   (sessions in " + demo.sessionsDir()
                + "; Ctrl-C stops it)");
        Runtime.getRuntime().addShutdownHook(new Thread(collector::stop, "tapedeck-demo-stop"));
        Thread.currentThread().join();
    }

    private int run() throws Exception {
        String apiKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Collector collector = startCollector(apiKey);
        System.out.println("Tapedeck collector: " + collector.baseUrl() + "/   (sessions in " + sessionsDir() + ")");
        Path agentJar = EmbeddedAgentJar.unpackInto(data.resolve("lib"));
        long launched = System.currentTimeMillis();
        Process app = startApp(agentJar, collector.baseUrl(), apiKey);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(app, collector), "tapedeck-demo-stop"));

        CollectorReadApi api = new CollectorReadApi(collector.baseUrl());
        Optional<CollectorReadApi.Session> session = awaitFirstBatch(api, launched, app);
        session.ifPresent(
                s -> System.out.println("Replay: " + replayUrl(collector, s) + "   (plays while it is recorded)"));
        int status = app.waitFor();
        if (session.isEmpty()) {
            session = newSession(api, launched);
        }
        if (session.isEmpty()) {
            System.err.println(
                    "tapedeck-demo: no session arrived at the collector (the app's exit status was " + status + ").");
            collector.stop();
            return status == 0 ? 1 : status;
        }
        long waiting = spooledBatches();
        if (waiting > 0) {
            System.out.println(waiting + " batch(es) could not be delivered yet; they wait in " + data.resolve("spool")
                    + " and are sent the next time the demo runs.");
        }
        if (options.replayHtml != null) {
            String events = api.eventsJson(session.get().replayId());
            Path html = ReplayPage.writeSession(events, session.get().replayId(), options.replayHtml);
            System.out.println("Self-contained replay page: " + html.toUri());
        }
        if (options.autopilot) {
            System.out.println("Done: recorded " + session.get().replayId() + ". To watch it later, run  java -jar "
                    + ownJarHint() + " serve --data " + data + " --port " + collector.port() + "  and open "
                    + replayUrl(collector, session.get()));
            collector.stop();
            return status;
        }
        System.out.println("The app has ended. Watch the replay at " + replayUrl(collector, session.get())
                + " ; the collector keeps serving until Ctrl-C.");
        Thread.currentThread().join();
        return status;
    }

    private Path sessionsDir() {
        return data.resolve("sessions");
    }

    /** On the port asked for; when it is taken, on a free one (said so). */
    private Collector startCollector(String apiKey) {
        try {
            return collector(options.port, apiKey).start();
        } catch (IllegalStateException taken) {
            if (options.port == 0) {
                throw taken;
            }
            Collector collector = collector(0, apiKey).start();
            System.out.println(
                    "Port " + options.port + " is taken (" + taken.getMessage() + "); using " + collector.port() + ".");
            return collector;
        }
    }

    private Collector collector(int port, String apiKey) {
        Collector.Builder b = Collector.builder().bind("127.0.0.1").port(port).dataDir(sessionsDir());
        if (apiKey != null) {
            b.apiKey(apiKey);
        }
        return b.build();
    }

    private Process startApp(Path agentJar, String serverUrl, String apiKey) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dawt.useSystemAAFontSettings=on");
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED"); // zstd-jni, in the agent's loader
        }
        // Paths as properties (they may hold commas, which agent arguments cannot).
        command.add("-Dtapedeck.dataDir=" + data.resolve("agent"));
        command.add("-Dtapedeck.spoolDir=" + data.resolve("spool"));
        command.add(
                "-javaagent:" + agentJar + "=serverUrl=" + serverUrl + ",apiKey=" + apiKey + ",flushIntervalMs=1000");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DemoLauncher.class.getName());
        command.add("app");
        command.add(options.app);
        command.addAll(options.appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().remove("TAPEDECK_DEMO_DIR"); // demo.sh's, not a Tapedeck setting
        return builder.start();
    }

    /** Waits until the collector lists a session that started after the launch, or the app exits. */
    private static Optional<CollectorReadApi.Session> awaitFirstBatch(CollectorReadApi api, long launched, Process app)
            throws InterruptedException {
        long patience = System.currentTimeMillis() + FIRST_BATCH_PATIENCE_MS;
        boolean told = false;
        while (app.isAlive()) {
            Optional<CollectorReadApi.Session> session = newSession(api, launched);
            if (session.isPresent()) {
                return session;
            }
            if (!told && System.currentTimeMillis() > patience) {
                System.out.println("(no batch has arrived yet; still waiting)");
                told = true;
            }
            app.waitFor(250, TimeUnit.MILLISECONDS);
        }
        return Optional.empty();
    }

    private static Optional<CollectorReadApi.Session> newSession(CollectorReadApi api, long launched)
            throws InterruptedException {
        try {
            return api.sessions().stream()
                    .filter(s -> s.sessionId >= launched)
                    .max((a, b) -> Long.compare(a.sessionId, b.sessionId));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String replayUrl(Collector collector, CollectorReadApi.Session session) {
        return collector.baseUrl() + "/sessions/" + session.replayId();
    }

    /** Batches still in the spool (its lock and temp files are hidden names). */
    private long spooledBatches() throws IOException {
        Path spool = data.resolve("spool");
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .count();
        }
    }

    /** Ctrl-C: the app gets to flush (SIGTERM runs its shutdown hook) before its collector goes. */
    private static void stopAll(Process app, Collector collector) {
        if (app.isAlive()) {
            app.destroy();
            try {
                app.waitFor(4, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        collector.stop();
    }

    private static String ownJarHint() {
        String cp = System.getProperty("java.class.path");
        return cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator) ? cp : "tapedeck-demo.jar";
    }

    /** The command line. */
    static final class Options {
        int port = DEFAULT_PORT;
        Path data = Paths.get("tapedeck-data");
        boolean autopilot;
        String app = CRM;
        Path replayHtml;
        final List<String> appArgs = new ArrayList<>();

        static Options parseOrExit(String[] args, boolean withApp) {
            try {
                return parse(args, withApp);
            } catch (IllegalArgumentException e) {
                System.err.println("tapedeck-demo: " + e.getMessage() + "\n" + USAGE);
                System.exit(2);
                return null;
            }
        }

        static Options parse(String[] args, boolean withApp) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--port")) {
                    o.port = number(arg, value(args, ++i, arg), 0, 65535);
                } else if (arg.equals("--data")) {
                    o.data = Paths.get(value(args, ++i, arg));
                } else if (withApp && arg.equals("--autopilot")) {
                    o.autopilot = true;
                    o.appArgs.add(arg);
                } else if (withApp && arg.equals("--autopilot-seconds")) {
                    o.autopilot = true;
                    o.appArgs.add(arg);
                    o.appArgs.add(String.valueOf(number(arg, value(args, ++i, arg), 1, 3600)));
                } else if (withApp && arg.equals("--app")) {
                    o.app = value(args, ++i, arg);
                    if (!o.app.equals(CRM) && !o.app.equals(INVENTORY)) {
                        throw new IllegalArgumentException("--app " + o.app + ": expected crm or inventory");
                    }
                } else if (withApp && arg.equals("--replay-html")) {
                    o.replayHtml = Paths.get(value(args, ++i, arg)).toAbsolutePath();
                } else {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String option, String value, int min, int max) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    option + " " + value + ": expected a whole number from " + min + " to " + max);
        }
    }
}
