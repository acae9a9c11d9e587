package io.tapedeck.agent.internal;

import static java.lang.invoke.MethodType.methodType;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.safety.ErrorBoundary;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The uploader of one session ({@code io.tapedeck.uploader.internal.Uploader}) — to a Tapedeck
 * collector, or with {@code tapedeck.serverZone} to Amplitude Session Replay — reached across
 * its class loader ({@link UploaderJar}) through method handles. This class is the only place in
 * the agent that knows the uploader's API; only JDK types cross the boundary.
 *
 * <p>offer never blocks; flush and close wait at most the time they are given, whatever the
 * network does.
 */
final class IsolatedUploader {
    private static final String PACKAGE = "io.tapedeck.uploader.internal.";
    /** Test hook (not a tapedeck.* setting): a shorter cap on the retry backoff, in ms. */
    static final String RETRY_CAP_PROPERTY = "io.tapedeck.it.uploadRetryCapMs";

    private final MethodHandle offer;
    private final MethodHandle flush;
    private final MethodHandle close;

    private IsolatedUploader(MethodHandle offer, MethodHandle flush, MethodHandle close) {
        this.offer = offer;
        this.flush = flush;
        this.close = close;
    }

    /**
     * Starts uploading the session {@code deviceId/sessionId} (and whatever earlier runs left in
     * the spool) as {@code config} says.
     *
     * @throws IllegalStateException one line naming the setting and what is wrong (an insecure
     *     URL, an unusable spool directory, a missing uploader)
     */
    /** @param firstSequence the lowest batch number to use (above an earlier recording's of this session) */
    static IsolatedUploader start(TapedeckConfig config, String deviceId, long sessionId, long firstSequence) {
        ClassLoader loader = UploaderJar.loader(config.dataDir());
        Object uploader;
        Class<?> uploaderClass;
        try {
            Class<?> settingsClass = Class.forName(PACKAGE + "UploaderSettings", true, loader);
            Class<?> builderClass = Class.forName(PACKAGE + "UploaderSettings$Builder", true, loader);
            uploaderClass = Class.forName(PACKAGE + "Uploader", true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();

            Object builder = lookup.findStatic(settingsClass, "builder", methodType(builderClass))
                    .invoke();
            Setter set = new Setter(lookup, builderClass, builder);
            if (config.serverZone().isPresent()) {
                // Amplitude: its own host for the zone, unless serverUrl names a proxy (the file: default means none).
                set.to("serverZone", String.class, config.serverZone().get().name());
                if (isHttp(config.serverUrl())) {
                    set.to("serverUrl", String.class, config.serverUrl());
                }
            } else {
                set.to("serverUrl", String.class, config.serverUrl());
            }
            set.to("apiKey", String.class, config.apiKey().orElse(null));
            set.to("spoolDir", Path.class, config.spoolDir());
            set.to("storageLimitBytes", long.class, config.storageLimitMB() * 1024L * 1024L);
            set.to("flushIntervalMs", long.class, config.flushInterval().toMillis());
            if (firstSequence > 0) set.to("firstSequence", long.class, firstSequence);
            set.to("compressionLevel", int.class, config.compressionLevel());
            set.to("allowInsecureHttp", boolean.class, config.allowInsecureHttp());
            set.to("log", Consumer.class, (Consumer<String>) IsolatedUploader::log);
            Long retryCap = Long.getLong(RETRY_CAP_PROPERTY);
            if (retryCap != null && retryCap > 0) {
                lookup.findVirtual(builderClass, "retryBackoffMs", methodType(builderClass, long.class, long.class))
                        .invoke(builder, Math.min(1000L, retryCap), (long) retryCap);
            }
            Object settings = lookup.findVirtual(builderClass, "build", methodType(settingsClass))
                    .invoke(builder);

            uploader = lookup.findStatic(
                            uploaderClass, "start", methodType(uploaderClass, settingsClass, String.class, long.class))
                    .invoke(settings, deviceId, sessionId);
            return new IsolatedUploader(
                    lookup.findVirtual(uploaderClass, "offer", methodType(boolean.class, byte[].class))
                            .bindTo(uploader),
                    lookup.findVirtual(uploaderClass, "flush", methodType(boolean.class, long.class))
                            .bindTo(uploader),
                    lookup.findVirtual(uploaderClass, "close", methodType(void.class, long.class))
                            .bindTo(uploader));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // The uploader's own one-line reasons: an http:// URL that is not loopback, a bad id, a spool it cannot
            // use.
            String setting = config.serverZone().isPresent() && !isHttp(config.serverUrl())
                    ? "tapedeck.serverZone=" + config.serverZone().get()
                    : "tapedeck.serverUrl=" + config.serverUrl();
            throw new IllegalStateException(setting + ": cannot upload: " + e.getMessage());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the uploader inside the agent jar does not match this agent (" + e + ")");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) { // not a boundary: a start that fails is a one-line reason for the caller
            throw new IllegalStateException("the uploader could not start: " + t);
        }
    }

    private static boolean isHttp(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * Where uploads go, for messages (never the API key): the collector's URL, or Amplitude's
     * zone (and the proxy in front of it).
     */
    static String describe(TapedeckConfig config) {
        if (config.serverZone().isEmpty()) {
            return config.serverUrl();
        }
        String zone = "Amplitude Session Replay (" + config.serverZone().get() + ")";
        return isHttp(config.serverUrl()) ? zone + " via " + config.serverUrl() : zone;
    }

    // The calls into the uploader catch on their own (invokeExact must be called right here, and
    // offer runs for every event line), and hand what they caught to the uploads' boundary.
    private static final ErrorBoundary UPLOADS = AgentBoundaries.UPLOADS;

    /** Queues one event line; false when it was dropped (the uploader counts those). Never blocks. */
    boolean offer(byte[] eventLine) {
        try {
            return (boolean) offer.invokeExact(eventLine);
        } catch (Throwable t) {
            UPLOADS.fail("offering an event line", t);
            return false;
        }
    }

    /** Seals what is queued and tries to deliver everything spooled; true when all of it arrived in time. */
    boolean flush(long timeoutMs) {
        try {
            return (boolean) flush.invokeExact(timeoutMs);
        } catch (Throwable t) {
            UPLOADS.fail("flushing", t);
            return false;
        }
    }

    /** Flushes and stops within about {@code timeoutMs}; what was not sent waits in the spool for the next start. */
    void close(long timeoutMs) {
        try {
            close.invokeExact(timeoutMs);
        } catch (Throwable t) {
            UPLOADS.fail("closing", t);
        }
    }

    /**
     * The uploader's one-line reports, without a level. Losing the API key is an error; a
     * recovery is news; everything else (retries, full spool, dropped lines) is a warning.
     */
    private static void log(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("api key")) {
            Log.error(line);
        } else if (lower.startsWith("uploads resumed")) {
            Log.info(line);
        } else {
            Log.warn(line);
        }
    }

    /** Calls {@code builder.name(value)} for one setting. */
    private static final class Setter {
        private final MethodHandles.Lookup lookup;
        private final Class<?> builderClass;
        private final Object builder;

        Setter(MethodHandles.Lookup lookup, Class<?> builderClass, Object builder) {
            this.lookup = lookup;
            this.builderClass = builderClass;
            this.builder = builder;
        }

        void to(String name, Class<?> type, Object value) throws Throwable {
            lookup.findVirtual(builderClass, name, methodType(builderClass, type))
                    .invoke(builder, value);
        }
    }
}
