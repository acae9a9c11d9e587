package io.tapedeck.uploader.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 for tests, standing in for a real service, that a test can
 * tell to answer with a given status: for the next few requests ({@link #failNext}) or for
 * all of them ({@link #always}). Subclasses check and store what arrives.
 *
 * @param <S> the subclass, so the setters chain
 */
abstract class ScriptedTestServer<S extends ScriptedTestServer<S>> implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<Integer> scripted = new ArrayDeque<>();
    /** A {@code Retry-After} value for the subclass to send with scripted answers, or null. */
    volatile String retryAfter;
    /** The largest body, decompressed, that the subclass accepts (413 above it). */
    volatile long maxRawBytes;

    private volatile int alwaysStatus;

    ScriptedTestServer(String threadName, long maxRawBytes) throws IOException {
        this.maxRawBytes = maxRawBytes;
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        // The JDK server writes headers and body separately: without this, Nagle's algorithm and
        // delayed ACKs add ~40 ms to every response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::receive);
        server.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        try (exchange) {
            handle(exchange, exchange.getRequestBody().readAllBytes(), at);
        }
    }

    /** Checks, stores and answers one request, its body read, that arrived at {@code atNanos}. */
    abstract void handle(HttpExchange exchange, byte[] body, long atNanos) throws IOException;

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} requests get {@code status} instead of being checked and stored. */
    synchronized S failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            scripted.add(status);
        }
        return self();
    }

    /** 413 for a body whose decompressed size is above this. */
    S maxRawBytes(long bytes) {
        this.maxRawBytes = bytes;
        return self();
    }

    S retryAfter(String value) {
        this.retryAfter = value;
        return self();
    }

    /** Every request gets this status (0: behave). */
    S always(int status) {
        this.alwaysStatus = status;
        return self();
    }

    /** The status scripted for the request now arriving; 0 when it is to be handled for real. */
    synchronized int scriptedStatus() {
        Integer next = scripted.poll();
        return next != null ? next : alwaysStatus;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
