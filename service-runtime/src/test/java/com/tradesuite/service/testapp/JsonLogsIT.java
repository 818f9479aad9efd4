package com.tradesuite.service.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** TRADESUITE_LOG_JSON=true turns every console line into one JSON object. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestProfile(JsonLogsIT.JsonOn.class)
class JsonLogsIT {

    @Test
    void consoleLinesAreJsonObjects() throws Exception {
        String line = ConsoleLog.render("decision=entry-accepted symbol=AAPL");

        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("message").asText()).isEqualTo("decision=entry-accepted symbol=AAPL");
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("tradesuite.decision");
        assertThat(json.has("timestamp")).isTrue();
    }

    /** The variable as a deployment sets it; the test profile feeds it through the same config lookup. */
    public static class JsonOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("TRADESUITE_LOG_JSON", "true");
        }
    }
}
