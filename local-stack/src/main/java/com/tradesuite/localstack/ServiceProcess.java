package com.tradesuite.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM process from its packaged Quarkus application. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private final Path logFile;
    private volatile Process process;

    private ServiceProcess(String name, int port, ProcessBuilder builder, Path logFile) throws IOException {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.logFile = logFile;
        this.process = builder.start();
    }

    /**
     * Starts {@code <projectDir>/<name>/target/quarkus-app/quarkus-run.jar} with the given environment; instance 2
     * and later of a service log to {@code <name>-<instance>.log}.
     *
     * @throws IllegalStateException if the service has not been built
     */
    public static ServiceProcess start(Path projectDir, String name, int instance, int port, Map<String, String> env,
                                       Path logDir) {
        Path jar = projectDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing. Build first with"
                    + " ./mvnw -B package -DskipTests (run.sh does this for you).");
        }
        try {
            Files.createDirectories(logDir);
            Path logFile = logDir.resolve(instance == 1 ? name + ".log" : name + "-" + instance + ".log");
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("HTTP_PORT", String.valueOf(port));
            return new ServiceProcess(name, port, builder, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** True when the service answers its readiness check with 200. */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readinessUri())
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public URI readinessUri() {
        return URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    /** Kills the process at once (SIGKILL), as a crash would: no shutdown hooks, nothing flushed. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the service again with the same command, port and environment (after {@link #kill()}). */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart " + name, e);
        }
    }

    /** Asks the process to stop (SIGTERM, so Quarkus shuts down cleanly), then forces it after a grace period. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
