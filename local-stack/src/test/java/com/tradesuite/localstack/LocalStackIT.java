package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The run command's stack: a real broker and every packaged service as its own process, all ready, all stopped;
 * with {@code --read-model}, an embedded PostgreSQL the monitor migrates and writes to, stopped with the stack.
 */
class LocalStackIT {

    @Test
    void startsEveryServiceAsAProcessAndStopsThemAll() throws Exception {
        Path projectDir = Path.of("..").toAbsolutePath().normalize();
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", projectDir.toString(), "--kafka-port", "0", "--base-port", "0", "--read-model"),
                Map.of());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<ServiceProcess> services;
        String embeddedUrl;

        try (LocalStack stack = LocalStack.start(options, new PrintStream(progress, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(3))) {
            services = stack.services();

            assertThat(services).extracting(ServiceProcess::name).containsExactlyElementsOf(LocalStack.SERVICES);
            for (ServiceProcess service : services) {
                String health = get(URI.create("http://127.0.0.1:" + service.port() + "/q/health"));
                assertThat(health).as(service.name()).contains("\"status\": \"UP\"").contains("kafka-topics");
            }
            // The monitor got the embedded database's URL, migrated it and is caught up on the (empty) log.
            LocalReadModel readModel = stack.readModel().orElseThrow();
            String monitorHealth = get(URI.create("http://127.0.0.1:" + stack.service("monitor-service").port()
                    + "/q/health/ready"));
            assertThat(monitorHealth).containsPattern("\"enabled\"\\s*:\\s*true");
            String summary = stack.readModelSummary(Duration.ofSeconds(60));
            assertThat(summary).contains("READ MODEL (PostgreSQL)").containsPattern("positions\\s+0 rows")
                    .containsPattern("daily_summary\\s+0 rows").contains(readModel.url());
            try (Connection db = readModel.connect(); Statement statement = db.createStatement();
                 ResultSet version = statement.executeQuery("SELECT max(version::int) FROM flyway_schema_history")) {
                version.next();
                assertThat(version.getInt(1)).isEqualTo(2);
            }
            embeddedUrl = readModel.url();
        }

        String stoppedUrl = embeddedUrl;
        assertThatThrownBy(() -> DriverManager.getConnection(stoppedUrl, "postgres", "").close())
                .isInstanceOf(SQLException.class);

        assertThat(services).noneMatch(ServiceProcess::isAlive);
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("Kafka (KRaft, embedded) ready")
                .contains("monitor-service").contains("(5/5")
                .contains("PostgreSQL read model (embedded) at jdbc:postgresql://localhost:");
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
