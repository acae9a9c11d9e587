package io.tapedeck.uploader.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Runs a transport's requests, one at a time, each within a deadline of connect + response
 * timeout. httpclient's own timeouts count silence between reads, so a server that sends one
 * byte a second would keep a request (and every batch behind it) waiting for as long as it
 * likes; the deadline cancels it, and the uploader retries later like after any network error.
 * {@link #close()} cancels the request under way.
 */
final class HttpAttempts implements AutoCloseable {
    private final CloseableHttpClient client;
    private final long deadlineMs;
    /** One daemon thread, started with the first request, that only cancels requests past their deadline. */
    private final ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "tapedeck-uploader-deadline");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(
                (thread, e) -> {}); // never the app's handler; a lost alarm only ends an attempt later
        return t;
    });

    private volatile HttpUriRequestBase inFlight;

    HttpAttempts(CloseableHttpClient client, UploaderSettings settings) {
        this.client = client;
        this.deadlineMs = settings.connectTimeoutMs() + settings.responseTimeoutMs();
        alarms.setRemoveOnCancelPolicy(true);
    }

    /** Sends {@code request}; the status, or a network error, by the deadline. Never throws. */
    Transport.Result run(HttpUriRequestBase request) {
        AtomicBoolean pastDeadline = new AtomicBoolean();
        ScheduledFuture<?> alarm = alarms.schedule(
                () -> {
                    pastDeadline.set(true);
                    request.cancel();
                },
                deadlineMs,
                TimeUnit.MILLISECONDS);
        inFlight = request;
        try {
            Transport.Result result = HttpSender.exchange(client, request);
            if (pastDeadline.get()) {
                return new Transport.Result(
                        -1,
                        null,
                        "network error: no complete answer within " + deadlineMs + " ms (connect + response timeout)");
            }
            return result;
        } finally {
            inFlight = null;
            alarm.cancel(false);
        }
    }

    @Override
    public void close() {
        HttpUriRequestBase request = inFlight;
        if (request != null) request.cancel();
        alarms.shutdownNow();
    }
}
