package io.tapedeck.collector.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web viewer: the session list at {@code /}, the player at {@code /sessions/{d}/{s}},
 * and their assets at {@code /viewer/...} — a fixed set of classpath resources (no path from
 * the request ever reaches the class loader). The rrweb player is copied into
 * {@code viewer/vendor/} by the build from npm.
 */
final class ViewerRoutes {
    private static final String BASE = "/io/tapedeck/collector/viewer/";
    private static final Map<String, String> ASSETS = Map.of(
            "viewer.css", "text/css; charset=utf-8",
            "list.js", "text/javascript; charset=utf-8",
            "player.js", "text/javascript; charset=utf-8",
            "timeline.js", "text/javascript; charset=utf-8",
            "vendor/rrweb-player.umd.min.cjs", "text/javascript; charset=utf-8",
            "vendor/style.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void register(Javalin app) {
        app.get("/", ctx -> page(ctx, "index.html"));
        app.get("/sessions/{deviceId}/{sessionId}", ctx -> {
            IngestRoutes.sessionKey(ctx.pathParam("deviceId"), ctx.pathParam("sessionId"));
            page(ctx, "player.html");
        });
        app.get("/viewer/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
        app.get("/viewer/vendor/{name}", ctx -> asset(ctx, "vendor/" + ctx.pathParam("name")));
    }

    private void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.result(resource(name));
    }

    private void asset(Context ctx, String name) {
        String type = ASSETS.get(name);
        if (type == null) throw new HttpProblem(404, "no such file");
        ctx.contentType(type);
        ctx.header("Cache-Control", name.startsWith("vendor/") ? "max-age=86400" : "no-cache");
        ctx.result(resource(name));
    }

    private byte[] resource(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = ViewerRoutes.class.getResourceAsStream(BASE + n)) {
                if (in == null) throw new HttpProblem(500, "viewer file missing from the build: " + n);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
