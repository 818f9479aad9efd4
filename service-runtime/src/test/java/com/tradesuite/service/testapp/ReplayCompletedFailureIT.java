package com.tradesuite.service.testapp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A handler that fails in onReplayCompleted stops the log consumer: liveness and readiness go DOWN naming why. */
@QuarkusTest
@TestProfile(ReplayCompletedFailureIT.FailOnReplayCompleted.class)
class ReplayCompletedFailureIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String CONSUMER_CHECK = "checks.find { it.name == 'event-log-consumer' }";

    @Test
    void livenessAndReadinessAreDownAndNameTheFailure() {
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/q/health/live").then().statusCode(503));

        for (String probe : List.of("/q/health/live", "/q/health/ready")) {
            given().when().get(probe).then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(CONSUMER_CHECK + ".status", equalTo("DOWN"))
                    .body(CONSUMER_CHECK + ".data.failure", containsString("onReplayCompleted"))
                    .body(CONSUMER_CHECK + ".data.failure",
                            containsString(HeldReplayService.REPLAY_COMPLETED_FAILURE));
        }
        given().when().get("/state").then().statusCode(503)
                .body("status", equalTo("failed"))
                .body("failure", containsString(HeldReplayService.REPLAY_COMPLETED_FAILURE));
    }

    /** Its own application and consumer group; the service throws once its (empty) replay has completed. */
    public static class FailOnReplayCompleted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.application.name", "failing-replay-test",
                    "test.held-replay.fail-on-replay-completed", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerTestResource.class));
        }
    }
}
