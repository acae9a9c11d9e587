package io.tapedeck.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The few read calls the demo makes to its collector (docs/protocol.md, "Read API"). */
final class CollectorReadApi {
    /** One row of {@code GET /api/sessions}. */
    static final class Session {
        final String deviceId;
        final long sessionId;
        final long events;

        Session(String deviceId, long sessionId, long events) {
            this.deviceId = deviceId;
            this.sessionId = sessionId;
            this.events = events;
        }

        String replayId() {
            return deviceId + "/" + sessionId;
        }
    }

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CollectorReadApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<Session> sessions() throws IOException, InterruptedException {
        List<Session> sessions = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(get("/api/sessions"))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("/api/sessions is not a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String deviceId = null;
                long sessionId = -1;
                long events = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "deviceId" -> deviceId = p.getText();
                        case "sessionId" -> sessionId = Long.parseLong(p.getText());
                        case "events" -> events = p.getLongValue();
                        default -> p.skipChildren();
                    }
                }
                if (deviceId != null && sessionId >= 0) {
                    sessions.add(new Session(deviceId, sessionId, events));
                }
            }
        }
        return sessions;
    }

    /** The session's rrweb events as one JSON array, in order. */
    String eventsJson(String replayId) throws IOException, InterruptedException {
        return get("/api/sessions/" + replayId + "/events");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}
