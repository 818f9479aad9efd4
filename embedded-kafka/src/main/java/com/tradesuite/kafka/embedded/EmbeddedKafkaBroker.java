package com.tradesuite.kafka.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker + controller node) running in this JVM.
 *
 * <p>Single-node settings make transactions usable: transaction log replication factor and min ISR are 1.
 * Storage lives in a temporary directory that is deleted on {@link #close()}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final int brokerPort;
    private final KafkaRaftServer server;
    private final Duration startupTime;

    private EmbeddedKafkaBroker(Path logDir, int brokerPort, KafkaRaftServer server, Duration startupTime) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.server = server;
        this.startupTime = startupTime;
    }

    /** Starts a broker on a free port with default settings and waits until it answers. */
    public static EmbeddedKafkaBroker start() {
        return start(0, Map.of());
    }

    /**
     * Starts a broker and waits until it answers metadata requests.
     *
     * @param port the client port, or 0 for a free one
     * @param overrides broker properties that replace the defaults
     */
    public static EmbeddedKafkaBroker start(int port, Map<String, String> overrides) {
        long started = System.nanoTime();
        Path logDir = createTempDir();
        int brokerPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        Map<String, String> props = brokerProperties(logDir, brokerPort, controllerPort);
        props.putAll(overrides);
        try {
            format(logDir, props);
            Properties properties = new Properties();
            properties.putAll(props);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            awaitReady("127.0.0.1:" + brokerPort, Duration.ofSeconds(60));
            return new EmbeddedKafkaBroker(logDir, brokerPort, server, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            deleteRecursively(logDir);
            throw new IllegalStateException("Embedded Kafka broker failed to start on port " + brokerPort + ": " + e, e);
        }
    }

    /** The bootstrap servers string clients use. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** How long {@link #start} took, from formatting storage to the first answered metadata request. */
    public Duration startupTime() {
        return startupTime;
    }

    /** An admin client on this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        deleteRecursively(logDir);
    }

    private static void awaitReady(String bootstrapServers, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Map<String, String> brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("log.flush.interval.messages", "1000000");
        return props;
    }

    private static void format(Path logDir, Map<String, String> props) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(NODE_ID)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(props.get("controller.listener.names"))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's log directory", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded broker", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp directory must not fail a shutdown.
        }
    }
}
