package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The run command's stack: a real broker and every packaged service as its own process, all ready, all stopped. */
class LocalStackIT {

    @Test
    void startsEveryServiceAsAProcessAndStopsThemAll() throws Exception {
        Path projectDir = Path.of("..").toAbsolutePath().normalize();
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", projectDir.toString(), "--kafka-port", "0", "--base-port", "0"));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<ServiceProcess> services;

        try (LocalStack stack = LocalStack.start(options, new PrintStream(progress, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(3))) {
            services = stack.services();

            assertThat(services).extracting(ServiceProcess::name).containsExactlyElementsOf(LocalStack.SERVICES);
            for (ServiceProcess service : services) {
                String health = get(URI.create("http://127.0.0.1:" + service.port() + "/q/health"));
                assertThat(health).as(service.name()).contains("\"status\": \"UP\"").contains("kafka-topics");
            }
        }

        assertThat(services).noneMatch(ServiceProcess::isAlive);
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("Kafka (KRaft, embedded) ready")
                .contains("monitor-service").contains("(5/5");
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
