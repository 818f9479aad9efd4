package com.tradesuite.service.testapp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicProvisioner;
import com.tradesuite.service.log.EventPublisher;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Before the application starts: writes {@link #EVENTS} events to a fresh topic on the shared embedded broker, so
 * the application has a history to replay, and points {@link HeldReplayService} at it with the hold on.
 */
public class HeldReplayTopicResource implements QuarkusTestResourceLifecycleManager {

    /** How many events the history holds. */
    public static final int EVENTS = 3;

    @Override
    public Map<String, String> start() {
        String bootstrap = SharedKafkaBroker.bootstrapServers();
        Topic<CooldownEvent> topic = new Topic<>("held-replay-" + UUID.randomUUID().toString().substring(0, 8),
                CooldownEvent.class, Map.of("message.timestamp.type", "LogAppendTime"));
        try (Admin admin = SharedKafkaBroker.get().admin()) {
            new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(List.of(topic));
        }
        Instant t0 = Instant.parse("2026-11-20T14:30:00Z");
        try (EventPublisher publisher = new EventPublisher(bootstrap, "held-replay-history", Duration.ofSeconds(10))) {
            for (int i = 0; i < EVENTS; i++) {
                publisher.publish(topic, EventEnvelope.of(new CooldownStarted(t0.plusSeconds(600), "loss " + i),
                        "AAPL", "test", t0.plusSeconds(i), null, null));
            }
        }
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "test.held-replay.topic", topic.name(),
                "test.held-replay.hold", "true");
    }

    @Override
    public void stop() {
        // The shared broker stops with the JVM; the topic is unique to this run.
    }
}
