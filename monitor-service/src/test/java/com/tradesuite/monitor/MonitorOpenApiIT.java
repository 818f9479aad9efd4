package com.tradesuite.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The monitor documents its report (JSON and plain text) beside the shared endpoints. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MonitorOpenApiIT extends ServiceOpenApiContract {

    MonitorOpenApiIT() {
        super("monitor-service",
                new Endpoint("get", "/report", Map.of("200", "application/json")),
                new Endpoint("get", "/report/text", Map.of("200", "text/plain")));
    }

    @Test
    void describesTheReportsFields() {
        assertThat(responseProperties("get", "/report", "200", "application/json")).containsExactlyInAnyOrder(
                "complete", "foldedEvents", "bySymbol", "total", "maxDrawdown", "exitSources", "protection");
    }
}
