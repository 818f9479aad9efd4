package com.tradesuite.risk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceStartupContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class RiskManagerStartupIT extends ServiceStartupContract {

    @Test
    void aSingleInstanceOwnsEveryPartitionAndSaysSoInReadiness() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'event-log-replay' }.data.partitions", equalTo("0,1,2,3,4,5")));
    }

    @Test
    void exposesTheProtectionGapGaugeAndOwnedPartitions() {
        // The partition gauge reads 6 once the replay of the assigned partitions is done.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("tradesuite_protection_unprotected_positions 0.0"))
                .body(containsString("tradesuite_partitions_owned 6.0")));
    }
}
