package com.tradesuite.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;

/** The local stack: an embedded Kafka broker and the five services, started together and stopped together. */
public final class LocalStack implements AutoCloseable {

    /** The services in start order. */
    public static final List<String> SERVICES = List.of(
            "scanner-service", "buyer-service", "seller-service", "risk-manager-service", "monitor-service");

    private final EmbeddedKafkaBroker broker;
    private final List<ServiceProcess> services;

    private LocalStack(EmbeddedKafkaBroker broker, List<ServiceProcess> services) {
        this.broker = broker;
        this.services = services;
    }

    /** Starts everything and waits until every service is ready, printing progress to {@code out}. */
    public static LocalStack start(LocalStackOptions options, PrintStream out, Duration readyTimeout) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options.kafkaPort(), Map.of());
        out.printf("Kafka (KRaft, embedded) ready at %s in %d ms%n", broker.bootstrapServers(),
                broker.startupTime().toMillis());
        List<ServiceProcess> services = new ArrayList<>();
        LocalStack stack = new LocalStack(broker, services);
        try {
            Path logDir = options.projectDir().resolve(".local-stack/logs");
            Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            for (int i = 0; i < SERVICES.size(); i++) {
                int port = options.basePort() == 0 ? freePort() : options.basePort() + i;
                services.add(ServiceProcess.start(options.projectDir(), SERVICES.get(i), port, env, logDir));
            }
            out.printf("Started %d services, logs in %s%n", services.size(), logDir);
            stack.awaitReady(out, readyTimeout);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    private void awaitReady(PrintStream out, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during startup; see "
                            + service.logFile());
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    out.printf("  %-22s ready on http://127.0.0.1:%d  (%d/%d, %.1f s)%n", service.name(),
                            service.port(), services.size() - waiting.size(), services.size(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).toList() + "; see their logs");
            }
            pause();
        }
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        broker.close();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
