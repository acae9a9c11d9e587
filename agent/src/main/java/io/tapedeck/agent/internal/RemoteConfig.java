package io.tapedeck.agent.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tapedeck.MaskLevel;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.config.RemoteOverrides;
import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Settings the collector keeps per API key ({@code GET /v1/config}, docs/protocol.md), read once
 * when a recording starts with {@code tapedeck.enableRemoteConfig=true}. Immutable.
 *
 * <p>The request runs on its own daemon thread and the caller waits at most
 * {@link #WAIT_MS}: a collector that is slow, unreachable or hanging delays the start of
 * recording by at most that, and then the local settings apply.
 *
 * <p>What is applied ({@link #applyTo}): the remote {@code sampleRate} replaces the local one;
 * the remote {@code maskLevel} replaces the local one but never goes below
 * {@code tapedeck.maskLevel.minimum}. Both before the session starts, so sampling and masking
 * of the whole session follow them.
 */
final class RemoteConfig {
    static final long WAIT_MS = 1000;
    static final String PATH = "/v1/config";
    static final RemoteConfig NONE = new RemoteConfig(null, null);

    private final Double sampleRate;
    private final MaskLevel maskLevel;

    RemoteConfig(Double sampleRate, MaskLevel maskLevel) {
        this.sampleRate = sampleRate;
        this.maskLevel = maskLevel;
    }

    /** The share of sessions to record, 0..1, when the collector sets one for this key. */
    Optional<Double> sampleRate() {
        return Optional.ofNullable(sampleRate);
    }

    /** The masking level the collector asks for, when it sets one. */
    Optional<MaskLevel> maskLevel() {
        return Optional.ofNullable(maskLevel);
    }

    /** {@code config} with these settings applied ({@link RemoteOverrides#apply}: the mask level floor holds). */
    TapedeckConfig applyTo(TapedeckConfig config) {
        return RemoteOverrides.apply(config, sampleRate, maskLevel);
    }

    /**
     * Whether the API key may be sent to the server URL: the same rule the uploader applies
     * ({@code https://}; {@code http://} only to this machine by name or literal address,
     * unless {@code tapedeck.allowInsecureHttp}). Checked here because remote configuration is
     * read before the uploader starts (the uploader writes to its spool, and an unsampled
     * session must write nothing).
     */
    static boolean mayCarryKeyTo(TapedeckConfig config) {
        URI url;
        try {
            url = URI.create(config.serverUrl());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        if (host == null) return false;
        if (scheme.equals("https")) return true;
        if (!scheme.equals("http")) return false;
        if (config.allowInsecureHttp()) return true;
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.contains(":") && !h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) return false; // no DNS lookup for names
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "sampleRate=" + (sampleRate == null ? "(not set)" : sampleRate) + ", maskLevel="
                + (maskLevel == null ? "(not set)" : maskLevel.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the remote configuration, waiting at most {@link #WAIT_MS}; {@link #NONE} (and one
     * warning) when the collector does not answer in time or answers something else than 200.
     */
    static RemoteConfig fetch(TapedeckConfig config) {
        CompletableFuture<RemoteConfig> answer = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        answer.complete(request(config));
                    } catch (Throwable t) { // not a boundary: the failure is handed to the waiting caller as the answer
                        answer.completeExceptionally(t);
                    }
                },
                "tapedeck-remote-config");
        thread.setDaemon(true);
        thread.start();
        try {
            RemoteConfig remote = answer.get(WAIT_MS, TimeUnit.MILLISECONDS);
            Log.debug("remote configuration: " + remote);
            return remote;
        } catch (TimeoutException e) {
            Log.warn("remote configuration: no answer from " + config.serverUrl() + " within " + WAIT_MS
                    + " ms; recording with the local settings");
        } catch (ExecutionException e) {
            Log.warn("remote configuration not read from " + config.serverUrl() + " ("
                    + e.getCause().getMessage() + "); recording with the local settings");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return NONE;
    }

    private static RemoteConfig request(TapedeckConfig config) throws IOException {
        String base = config.serverUrl();
        while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        HttpURLConnection http = (HttpURLConnection) new URL(base + PATH).openConnection();
        try {
            http.setConnectTimeout((int) WAIT_MS);
            http.setReadTimeout((int) WAIT_MS);
            http.setInstanceFollowRedirects(false); // never carry the key to another host
            http.setUseCaches(false);
            http.setRequestProperty("Accept", "application/json");
            config.apiKey().ifPresent(key -> http.setRequestProperty("Authorization", "Bearer " + key));
            int status = http.getResponseCode();
            if (status != 200) throw new IOException("HTTP " + status);
            try (InputStream in = http.getInputStream()) {
                return parse(in);
            }
        } finally {
            http.disconnect();
        }
    }

    /** {@code {"sampleRate": 0.25, "maskLevel": "medium"}}; unknown keys are ignored, wrong types are errors. */
    static RemoteConfig parse(InputStream json) throws IOException {
        Double sampleRate = null;
        MaskLevel maskLevel = null;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("sampleRate".equals(name) && value.isNumeric()) {
                    double rate = p.getDoubleValue();
                    if (!(rate >= 0 && rate <= 1)) throw new IOException("sampleRate " + rate + " is not within 0..1");
                    sampleRate = rate;
                } else if ("maskLevel".equals(name) && value == JsonToken.VALUE_STRING) {
                    try {
                        maskLevel = MaskLevel.parse(p.getText());
                    } catch (IllegalArgumentException e) {
                        throw new IOException("maskLevel " + e.getMessage());
                    }
                } else if ("sampleRate".equals(name) || "maskLevel".equals(name)) {
                    if (value != JsonToken.VALUE_NULL) throw new IOException(name + " has the wrong type");
                } else {
                    p.skipChildren();
                }
            }
        }
        return new RemoteConfig(sampleRate, maskLevel);
    }
}
