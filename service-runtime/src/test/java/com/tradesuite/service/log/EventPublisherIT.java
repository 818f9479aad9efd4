package com.tradesuite.service.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicProvisioner;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Every append Kafka acknowledged counts once under its topic and event type; an append Kafka refused does not. */
@ExtendWith(KafkaBrokerExtension.class)
class EventPublisherIT {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void attach() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void detach() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void countsAcknowledgedAppendsByTopicAndTypeButNotARefusedOne(EmbeddedKafkaBroker broker) {
        Topic<OrderEvent> orders = new Topic<>("orders-" + UUID.randomUUID().toString().substring(0, 8),
                OrderEvent.class, Map.of());
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(List.of(orders));
        }
        try (EventPublisher publisher = new EventPublisher(broker.bootstrapServers(), "publisher-it",
                Duration.ofSeconds(10))) {
            publisher.publish(orders, envelope(intent("c-1")));
            publisher.publish(orders, envelope(intent("c-2")));
            publisher.publish(orders, envelope(new OrderRejected("c-2", "insufficient buying power", 403)));

            assertThat(published(orders, "OrderIntentRecorded")).isEqualTo(2);
            assertThat(published(orders, "OrderRejected")).isEqualTo(1);

            // Over the producer's 1 MB request limit: Kafka never acknowledges it, so it must not count.
            OrderRejected tooLarge = new OrderRejected("c-3", "x".repeat(2 * 1024 * 1024), null);
            assertThatThrownBy(() -> publisher.publish(orders, envelope(tooLarge)))
                    .isInstanceOf(EventLogUnavailableException.class);
            assertThat(published(orders, "OrderRejected")).isEqualTo(1);
        }
    }

    private double published(Topic<?> topic, String type) {
        return registry.counter(EventPublisher.PUBLISHED, "topic", topic.name(), "type", type).count();
    }

    private static OrderIntentRecorded intent(String clientOrderId) {
        return new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                OrderClass.SIMPLE, new BigDecimal("10"), null, null, null, null, "gtc", "test entry");
    }

    private static EventEnvelope<OrderEvent> envelope(OrderEvent payload) {
        return EventEnvelope.of(payload, "AAPL", "test", T0, null, null);
    }
}
