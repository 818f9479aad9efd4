package com.tradesuite.bench.proc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a running service says over HTTP: readiness, events replayed, heap in use. */
public final class ServiceProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern REPLAYED = Pattern.compile("\"replayedEvents\"\\s*:\\s*(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+]+)", Pattern.MULTILINE);

    private final int port;

    public ServiceProbe(int port) {
        this.port = port;
    }

    /** True when /q/health/ready answers 200. */
    public boolean ready() {
        return get("/q/health/ready").map(response -> response.statusCode() == 200).orElse(false);
    }

    /** The event-log readiness check's replayedEvents, if the service answers. */
    public OptionalLong replayedEvents() {
        return get("/q/health/ready").map(response -> {
            Matcher matcher = REPLAYED.matcher(response.body());
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        }).orElse(OptionalLong.empty());
    }

    /** Heap in use now: the sum of jvm_memory_used_bytes over the heap pools at /q/metrics. */
    public OptionalLong heapUsedBytes() {
        return get("/q/metrics").map(response -> {
            Matcher matcher = HEAP_USED.matcher(response.body());
            double sum = 0;
            boolean found = false;
            while (matcher.find()) {
                sum += Double.parseDouble(matcher.group(1));
                found = true;
            }
            return found ? OptionalLong.of((long) sum) : OptionalLong.empty();
        }).orElse(OptionalLong.empty());
    }

    private Optional<HttpResponse<String>> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
