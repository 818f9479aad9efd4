package com.tradesuite.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The monitor documents its report (JSON and plain text) and its daily report beside the shared endpoints. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MonitorOpenApiIT extends ServiceOpenApiContract {

    /** The daily report: JSON, text or the HTML page by content negotiation, 400 for a bad date, range or format. */
    private static final Map<String, String> DAILY = Map.of("200", "application/json,text/plain,text/html",
            "400", "text/plain");

    MonitorOpenApiIT() {
        super("monitor-service",
                new Endpoint("get", "/report", Map.of("200", "application/json")),
                new Endpoint("get", "/report/text", Map.of("200", "text/plain")),
                new Endpoint("get", "/report/daily/{date}", DAILY),
                new Endpoint("get", "/report/daily", DAILY));
    }

    @Test
    void describesTheReportsFields() {
        assertThat(responseProperties("get", "/report", "200", "application/json")).containsExactlyInAnyOrder(
                "complete", "foldedEvents", "bySymbol", "total", "maxDrawdown", "exitSources", "protection");
    }

    @Test
    void describesTheDailyReportsFields() {
        assertThat(responseProperties("get", "/report/daily/{date}", "200", "application/json"))
                .containsExactlyInAnyOrder("complete", "foldedEvents", "asOf", "report");
    }
}
