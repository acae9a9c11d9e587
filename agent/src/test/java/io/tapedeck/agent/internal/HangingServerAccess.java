package io.tapedeck.agent.internal;

import java.io.IOException;

/** {@link HangingServer} for tests in other packages. */
public final class HangingServerAccess implements AutoCloseable {
    private final HangingServer server;

    private HangingServerAccess(HangingServer server) {
        this.server = server;
    }

    public static HangingServerAccess start() throws IOException {
        return new HangingServerAccess(new HangingServer());
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
