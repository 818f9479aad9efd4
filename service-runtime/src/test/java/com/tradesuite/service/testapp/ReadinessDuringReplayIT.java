package com.tradesuite.service.testapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** Readiness, over HTTP on the real embedded broker, stays DOWN while the log is being replayed and turns UP after. */
@QuarkusTest
@TestProfile(ReadinessDuringReplayIT.HeldReplay.class)
class ReadinessDuringReplayIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String REPLAY_CHECK = "checks.find { it.name == 'event-log-replay' }";

    @Inject
    HeldReplayService service;

    @Test
    void readinessIsDownWhileTheReplayIsHeldAndUpOnceEveryLoggedEventIsFolded() {
        // The replay thread is parked inside the first replayed event: history is being folded right now.
        await().atMost(DEADLINE).until(service::holding);

        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(REPLAY_CHECK + ".status", equalTo("DOWN"))
                .body(REPLAY_CHECK + ".data.replayedEvents", equalTo(0))
                // Only the replay holds readiness down: Kafka and the topics are fine.
                .body("checks.find { it.name == 'kafka-connection' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka-topics' }.status", equalTo("UP"));
        given().when().get("/state").then().statusCode(503).body("status", equalTo("replaying"));
        given().when().get("/state/progress").then().statusCode(200).body("ready", equalTo(false))
                .body("handledEvents", equalTo(0));

        service.release();

        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(REPLAY_CHECK + ".status", equalTo("UP"))
                .body(REPLAY_CHECK + ".data.replayedEvents", equalTo(HeldReplayTopicResource.EVENTS)));
        assertThat(service.folded()).isEqualTo(HeldReplayTopicResource.EVENTS);
        // The state comes with whose it is, what it owns and how far it has folded the log (3 events, one symbol).
        Map<String, Map<String, Integer>> folded = given().when().get("/state").then().statusCode(200)
                .body("service", equalTo("held-replay-test"))
                .body("ownedPartitions", contains(0, 1, 2, 3, 4, 5))
                .body("state", anEmptyMap())
                .extract().path("foldedOffsets");
        assertThat(folded).containsOnlyKeys(service.topic());
        assertThat(folded.get(service.topic())).hasSize(1).containsValue(HeldReplayTopicResource.EVENTS - 1);
        // The small progress view a lockstep clock asks after every bar: the same offsets, nothing in hand.
        given().when().get("/state/progress").then().statusCode(200)
                .body("ready", equalTo(true))
                .body("inputs", contains(service.topic()))
                .body("handledEvents", equalTo(HeldReplayTopicResource.EVENTS))
                .body("pendingWork", equalTo(0))
                .body("handledOffsets", equalTo(folded));
    }

    /** Its own application: the history is written before start and the service holds its replay. */
    public static class HeldReplay implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // Its own consumer group, apart from the other test applications of this module.
            return Map.of("quarkus.application.name", "held-replay-test");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HeldReplayTopicResource.class));
        }
    }
}
