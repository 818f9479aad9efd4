package com.tradesuite.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicSpec;

/**
 * What every service must do on startup against a real broker: provision the catalog's topics and report healthy.
 * Each service module extends this in a {@code @QuarkusTest} that uses the shared embedded broker.
 */
public abstract class ServiceStartupContract {

    @Test
    void startsHealthyOnTheEmbeddedBroker() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka-topics"));
    }

    @Test
    void reportsKafkaAndTheLogReplayInReadiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem("kafka-connection"))
                .body("checks.name", hasItem("event-log-replay"));
    }

    @Test
    void servesPrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void exposesConsumerLagAndReplayProgressInMetrics() {
        // records_lag_max is bound with the consumer; the per-partition records_lag only follows Micrometer's
        // 60 s refresh of Kafka metrics, too late for a startup check.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"))
                .body(containsString("tradesuite_replay_events")));
    }

    @Test
    void isReadyOnlyOnceTheCatalogTopicsExist() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        try (Admin admin = SharedKafkaBroker.get().admin()) {
            Set<String> names = admin.listTopics().names().get();
            assertThat(names).containsAll(TopicCatalog.provisioned().stream().map(TopicSpec::name).toList());
        }
    }
}
