package com.tradesuite.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The risk manager documents GET /protection and GET/POST /trading-state beside the shared endpoints. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class RiskManagerOpenApiIT extends ServiceOpenApiContract {

    RiskManagerOpenApiIT() {
        super("risk-manager-service", new Endpoint("get", "/protection", Map.of("200", "application/json")),
                new Endpoint("get", "/trading-state", Map.of("200", "application/json")),
                new Endpoint("post", "/trading-state", Map.of("200", "application/json", "400", "application/json",
                        "401", "application/json", "403", "application/json",
                        "503", "application/json")));
    }

    @Test
    void describesTheProtectionReportsFields() {
        assertThat(responseProperties("get", "/protection", "200", "application/json"))
                .containsExactlyInAnyOrder("summary", "acting", "positions");
    }
}
