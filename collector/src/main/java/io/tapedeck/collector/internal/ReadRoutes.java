package io.tapedeck.collector.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tapedeck.uploader.protocol.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The viewer's API: the session list, one session's events, and deletion (which needs an
 * API key). Reading is not authenticated: the collector listens on loopback by default.
 */
final class ReadRoutes {
    private final Authenticator auth;
    private final SessionStore store;

    ReadRoutes(Authenticator auth, SessionStore store) {
        this.auth = auth;
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/sessions", this::listSessions);
        app.get("/api/sessions/{deviceId}/{sessionId}", this::getSession);
        app.get("/api/sessions/{deviceId}/{sessionId}/events", this::getEvents);
        app.delete("/api/sessions/{deviceId}/{sessionId}", this::deleteSession);
        app.delete("/api/devices/{deviceId}", this::deleteDevice);
    }

    private void listSessions(Context ctx) throws IOException {
        String query = ctx.queryParam("q");
        String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        Comparator<SessionIndex> order = switch (ctx.queryParamAsClass("sort", String.class)
                .getOrDefault("time")) {
            case "time" -> Comparator.comparingLong(SessionIndex::start).reversed();
            case "length" -> Comparator.comparingLong(SessionIndex::duration).reversed();
            default -> throw new HttpProblem(400, "sort must be time or length");
        };
        List<SessionIndex> sessions = new ArrayList<>();
        for (SessionIndex s : store.list()) {
            if (s.events() > 0 && matches(s, needle)) sessions.add(s);
        }
        sessions.sort(order.thenComparing(SessionIndex::deviceId).thenComparing(SessionIndex::sessionId));
        List<Map<String, Object>> json = new ArrayList<>(sessions.size());
        for (SessionIndex s : sessions) json.add(toJson(s));
        ctx.json(json);
    }

    private void getSession(Context ctx) throws IOException {
        SessionIndex index = store.index(key(ctx));
        if (index == null || index.events() == 0) throw new HttpProblem(404, "no such session");
        ctx.json(toJson(index));
    }

    private void getEvents(Context ctx) throws IOException {
        SessionStore.SessionKey key = key(ctx);
        if (store.index(key) == null) throw new HttpProblem(404, "no such session");
        ctx.contentType("application/json; charset=utf-8");
        try (OutputStream out = ctx.outputStream()) {
            store.writeEvents(key, out);
        }
    }

    private void deleteSession(Context ctx) throws IOException {
        auth.require(ctx);
        if (!store.deleteSession(key(ctx))) throw new HttpProblem(404, "no such session");
        ctx.status(204);
    }

    private void deleteDevice(Context ctx) throws IOException {
        auth.require(ctx);
        String deviceId = ctx.pathParam("deviceId");
        if (!Protocol.isValidDeviceId(deviceId)) throw new HttpProblem(400, "invalid deviceId");
        int deleted = store.deleteDevice(deviceId);
        ctx.json(Map.of("deletedSessions", deleted));
    }

    private static SessionStore.SessionKey key(Context ctx) {
        return IngestRoutes.sessionKey(ctx.pathParam("deviceId"), ctx.pathParam("sessionId"));
    }

    private static boolean matches(SessionIndex s, String needle) {
        if (needle.isEmpty()) return true;
        return s.deviceId().toLowerCase(Locale.ROOT).contains(needle)
                || (s.windowTitle() != null
                        && s.windowTitle().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** One row of the session list (docs/protocol.md), plus what the player needs. */
    private static Map<String, Object> toJson(SessionIndex s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("replayId", s.deviceId() + "/" + s.sessionId());
        row.put("deviceId", s.deviceId());
        row.put("sessionId", s.sessionId());
        row.put("start", s.start());
        row.put("duration", s.duration());
        row.put("windowTitle", s.windowTitle());
        row.put("events", s.events());
        row.put("bytes", s.bytes());
        row.put("end", s.end());
        row.put("width", s.width());
        row.put("height", s.height());
        row.put("batches", s.batches());
        row.put("droppedBatches", s.droppedBatches());
        return row;
    }
}
