package com.tradesuite.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The risk manager documents GET /protection beside the shared endpoints. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class RiskManagerOpenApiIT extends ServiceOpenApiContract {

    RiskManagerOpenApiIT() {
        super("risk-manager-service", new Endpoint("get", "/protection", Map.of("200", "application/json")));
    }

    @Test
    void describesTheProtectionReportsFields() {
        assertThat(responseProperties("get", "/protection", "200", "application/json"))
                .containsExactlyInAnyOrder("summary", "acting", "positions");
    }
}
