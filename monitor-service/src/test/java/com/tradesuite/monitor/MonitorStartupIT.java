package com.tradesuite.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.ServiceStartupContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The monitor starts healthy on the embedded broker; without a read-model URL the read model is off and ready. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MonitorStartupIT extends ServiceStartupContract {

    private static final String READ_MODEL = "checks.find { it.name == 'read-model' }";

    @Test
    void theReadModelIsOffByDefaultAndDoesNotHoldReadinessBack() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body(READ_MODEL + ".status", equalTo("UP"))
                .body(READ_MODEL + ".data.enabled", equalTo(false))
                .body(READ_MODEL + ".data.state", equalTo("off"));
    }
}
