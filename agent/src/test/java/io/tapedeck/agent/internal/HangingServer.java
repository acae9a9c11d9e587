package io.tapedeck.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Accepts connections on 127.0.0.1, reads whatever comes, never writes a byte. */
final class HangingServer implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    HangingServer() throws IOException {
        acceptor = new Thread(this::acceptForever, "hanging-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return sockets.size();
    }

    private void acceptForever() {
        try {
            while (true) {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread reader = new Thread(() -> drain(socket), "hanging-reader");
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException closed) {
            // close() ends the test server.
        }
    }

    private static void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // Swallow the request, answer nothing.
            }
        } catch (IOException ignored) {
            // The client gave up: that is what we wait for.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) s.close();
    }
}
