package com.tradesuite.monitor.readmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real network outage for tests: a TCP relay in front of PostgreSQL that forwards connections while open; while
 * cut it hangs up on new connections at once and breaks the live ones, as a database that went away would.
 */
public final class PostgresGate implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private volatile boolean open;

    public PostgresGate(String targetHost, int targetPort, boolean open) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.open = open;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for the PostgreSQL gate: " + e.getMessage(), e);
        }
        Thread acceptor = new Thread(this::accept, "postgres-gate-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The local port to connect to instead of PostgreSQL's. */
    public int port() {
        return server.getLocalPort();
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** From now on connections reach PostgreSQL. */
    public void open() {
        open = true;
    }

    /** From now on the database is unreachable: live connections break, new ones are hung up on. */
    public void cut() {
        open = false;
        live.forEach(PostgresGate::closeQuietly);
        live.clear();
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (!open) {
                closeQuietly(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            live.add(client);
            live.add(upstream);
            if (!open) {
                // Cut while this one was connecting: it must not get through.
                cut();
                continue;
            }
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // One side went away (or the gate was cut): the relay ends.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                live.remove(from);
                live.remove(to);
            }
        }, "postgres-gate-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is all we wanted.
        }
    }
}
