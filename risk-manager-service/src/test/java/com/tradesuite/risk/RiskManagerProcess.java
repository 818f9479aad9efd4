package com.tradesuite.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged risk manager ({@code target/quarkus-app}) as its own JVM process, as local-stack runs it: stopped with
 * SIGTERM like a platform stops it, so Quarkus runs its shutdown (the drain) for real.
 */
final class RiskManagerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path logFile;

    private RiskManagerProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts the risk manager with {@code env} on a free port, logging to {@code target/<name>.log}. */
    static RiskManagerProcess start(String name, Map<String, String> env) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the module's package phase builds it");
        }
        try {
            int port = freePort();
            Path logFile = Path.of("target", name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                    JAR.toString())).redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().putAll(env);
            builder.environment().put("HTTP_PORT", String.valueOf(port));
            return new RiskManagerProcess(builder.start(), port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the risk manager", e);
        }
    }

    /** GET /protection once the service answers, else empty (starting, or gone). */
    Optional<JsonNode> protection() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/protection")).timeout(Duration.ofSeconds(3)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** True once the risk manager has caught up with the broker and acts. */
    boolean acting() {
        return protection().map(report -> report.path("acting").asBoolean(false)).orElse(false);
    }

    /** The symbol's row of GET /protection: protected or not; empty while it shows no open position there. */
    Optional<Boolean> protectedNow(String symbol) {
        return protection().flatMap(report -> {
            for (JsonNode row : report.path("positions")) {
                if (symbol.equals(row.path("symbol").asText())) {
                    return Optional.of(row.path("protected").asBoolean());
                }
            }
            return Optional.empty();
        });
    }

    /** SIGTERM: what a platform sends to stop it; Quarkus shuts down cleanly. Does not wait. */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A last resort if a test failed before its own stop: SIGTERM, then SIGKILL after a grace. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
