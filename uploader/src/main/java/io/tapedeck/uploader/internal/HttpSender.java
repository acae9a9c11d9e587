package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * PUTs spooled batches to a Tapedeck collector (docs/protocol.md): one pooled httpclient5
 * client ({@link #newClient}); no automatic retries or redirects — retry policy belongs to the
 * uploader.
 */
final class HttpSender implements Transport {
    /** Enough of an error body to log why; the rest is not worth the wait. */
    private static final int MAX_ERROR_BODY = 512;

    private static final ContentType NDJSON = ContentType.create(Protocol.CONTENT_TYPE);

    private final String baseUrl;
    private final String apiKey;
    private final CloseableHttpClient client;
    private final HttpAttempts attempts;

    HttpSender(UploaderSettings settings) {
        this.baseUrl = checkedBaseUrl(settings.serverUrl(), settings.allowInsecureHttp());
        this.apiKey = settings.apiKey();
        this.client = newClient(settings);
        this.attempts = new HttpAttempts(client, settings);
    }

    /**
     * The one HTTP client configuration of every transport: pooled (connections reused), timeouts on
     * connect, on every read and on waiting for a pooled connection, the JVM's proxy settings; no
     * automatic retries, redirects, cookies or content decoding.
     */
    static CloseableHttpClient newClient(UploaderSettings settings) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeoutMs());
        Timeout response = Timeout.ofMilliseconds(settings.responseTimeoutMs());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(2)
                        .setMaxConnPerRoute(2)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(response)
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(response)
                        .setRedirectsEnabled(false)
                        .build())
                // The JVM's proxy settings (-Dhttps.proxyHost, -Dhttp.proxyHost, http.nonProxyHosts, or a
                // ProxySelector the app installs), as the app's own HTTP connections use them.
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .setUserAgent("tapedeck-uploader")
                .build();
    }

    /**
     * The base URL without a trailing slash.
     *
     * @throws IllegalArgumentException for anything but http(s), and for {@code http://} to a
     *         host other than loopback unless insecure HTTP is allowed
     */
    static String checkedBaseUrl(URI url, boolean allowInsecureHttp) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "tapedeck serverUrl must be an http:// or https:// URL with a host: " + url);
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("tapedeck refuses to upload over plain http:// to " + url.getHost()
                    + " (session data and the API key would cross the network unencrypted); use https://, or allow"
                    + " insecure HTTP explicitly");
        }
        String s = url.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Loopback by name or literal address only: no DNS lookup happens here. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Result send(SpoolFile.Name name, SpoolFile.Contents contents, long droppedBatches) {
        return put(
                Protocol.batchPath(name.deviceId, name.sessionId, name.batchId),
                contents.body,
                contents.dictionaryId,
                droppedBatches);
    }

    @Override
    public String receiver() {
        return "the collector";
    }

    @Override
    public String endpoint() {
        return baseUrl;
    }

    Result put(String path, byte[] body, String dictionaryId, long droppedBatches) {
        HttpPut put = new HttpPut(baseUrl + path);
        put.setEntity(new ByteArrayEntity(body, NDJSON, Protocol.CONTENT_ENCODING));
        if (apiKey != null) {
            put.setHeader("Authorization", Protocol.AUTHORIZATION_PREFIX + apiKey);
        }
        if (dictionaryId != null) {
            put.setHeader(Protocol.HEADER_DICTIONARY, dictionaryId);
        }
        if (droppedBatches > 0) {
            put.setHeader(Protocol.HEADER_DROPPED_BATCHES, Long.toString(droppedBatches));
        }
        return attempts.run(put);
    }

    /** Executes one request; the status, Retry-After and (for a failure) the start of the error body. Never throws. */
    static Result exchange(CloseableHttpClient client, ClassicHttpRequest request) {
        try {
            return client.execute(request, response -> {
                Header retryAfter = response.getFirstHeader("Retry-After");
                String detail = response.getCode() / 100 == 2 ? "" : errorBody(response.getEntity());
                return new Result(response.getCode(), retryAfter == null ? null : retryAfter.getValue(), detail);
            });
        } catch (IOException | RuntimeException e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Result(-1, null, "network error: " + what);
        }
    }

    private static String errorBody(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            return new String(bytes, StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ")
                    .trim();
        }
    }

    @Override
    public void close() {
        attempts.close();
        client.close(CloseMode.IMMEDIATE);
    }
}
