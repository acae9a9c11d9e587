package io.tapedeck.collector.internal;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running collector: the store, the routes on an embedded Javalin (Jetty), retention. */
public final class CollectorServer {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorServer.class);
    private static final long SHUTDOWN_IDLE_TIMEOUT_MILLIS = 100;

    /** Everything a collector is configured with; see {@code Collector.Builder}. */
    public record Settings(
            String bind,
            int port,
            Path dataDir,
            List<String> apiKeys,
            Map<String, RemoteSettings> remoteSettings,
            long maxRequestBytes,
            long maxDecompressedBytes,
            Duration retention) {}

    private final Javalin app;
    private final RetentionSweeper retention;
    private final String host;

    private CollectorServer(Javalin app, RetentionSweeper retention, String host) {
        this.app = app;
        this.retention = retention;
        this.host = host;
    }

    public static CollectorServer start(Settings s) {
        Set<String> keys = new HashSet<>(s.apiKeys());
        keys.addAll(s.remoteSettings().keySet()); // a key with remote settings is an accepted key
        if (keys.isEmpty() && !isLoopback(s.bind())) {
            throw new IllegalStateException(
                    "refusing to listen on " + s.bind() + " without an API key: give --api-key, or bind to 127.0.0.1");
        }
        SessionStore store;
        try {
            store = new SessionStore(s.dataDir());
            store.removeLeftoverTempFiles();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use data directory " + s.dataDir() + ": " + e.getMessage(), e);
        }
        RetentionSweeper sweeper = s.retention() == null ? null : new RetentionSweeper(store, s.retention()).start();

        Authenticator auth = new Authenticator(new ApiKeys(keys));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
        });
        app.exception(HttpProblem.class, (e, ctx) -> {
            if (e.status() == 413) ctx.header("Connection", "close"); // the rest of the body is not wanted
            ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("internal error; try again later");
        });
        new IngestRoutes(auth, store, s.remoteSettings(), s.maxRequestBytes(), s.maxDecompressedBytes()).register(app);
        new ReadRoutes(auth, store).register(app);
        new ViewerRoutes().register(app);
        try {
            app.start(s.bind(), s.port());
        } catch (RuntimeException e) {
            if (sweeper != null) sweeper.close();
            throw new IllegalStateException("cannot listen on " + s.bind() + ":" + s.port() + ": " + rootMessage(e), e);
        }
        // Stopping waits (up to 5 s) until every connection is closed. Agents keep idle keep-alive
        // connections open; Jetty lets those sit for 1 s before closing them, for nothing: an idle
        // connection has no request to finish, and one under way is not idle.
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector c) c.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MILLIS);
        }
        if (keys.isEmpty()) LOG.warn("no API key configured: anyone on this machine may upload and delete");
        CollectorServer server = new CollectorServer(app, sweeper, displayHost(s.bind()));
        LOG.info("collector on {} storing sessions in {}", server.baseUrl(), store.root());
        return server;
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    public void stop() {
        if (retention != null) retention.close();
        app.stop();
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String displayHost(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) return "localhost";
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
