package com.tradesuite.service.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.DeadLetterEvent;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.QuoteUpdated;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;

@ExtendWith(KafkaBrokerExtension.class)
class EventLogConsumerIT {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    @BeforeAll
    static void catalog(EmbeddedKafkaBroker broker) {
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(TopicCatalog.all());
        }
    }

    @Test
    void replaysHistoryInTheOrderItWasWrittenBeforeLiveEventsAndAgainAfterARestart(EmbeddedKafkaBroker broker) {
        Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
        Topic<CooldownEvent> cooldowns = new Topic<>(unique("cooldowns"), CooldownEvent.class, appendTime);
        Topic<MarketDataEvent> quotes = new Topic<>(unique("market-data"), MarketDataEvent.class, appendTime);
        provision(broker, List.of(cooldowns, quotes));
        try (EventPublisher publisher = publisher(broker)) {
            // Written in this order on two topics, with business times the other way round: replay follows the
            // order of writing (the broker's append time), not occurredAt and not how polls interleave topics.
            publisher.publish(cooldowns, envelope(new CooldownStarted(T0.plusSeconds(600), "loss"), T0.plusSeconds(2)));
            publisher.publish(quotes, envelope(new QuoteUpdated(T0, new BigDecimal("10.00"), null), T0.plusSeconds(1)));

            RecordingHandler first = new RecordingHandler();
            try (EventLogConsumer consumer = consumer(broker, List.of(cooldowns, quotes), first, publisher)) {
                consumer.start();
                await().atMost(Duration.ofSeconds(30)).until(consumer::ready);

                assertThat(first.events).extracting(event -> event.envelope().type())
                        .containsExactly("CooldownStarted", "QuoteUpdated");
                assertThat(first.events).allMatch(LoggedEvent::replay);
                assertThat(first.replayCompletions).hasSize(1);

                publisher.publish(cooldowns, envelope(new CooldownCleared("manual"), T0.plusSeconds(3)));
                await().atMost(Duration.ofSeconds(30)).until(() -> first.events.size() == 3);
                assertThat(first.events.get(2).replay()).isFalse();
                assertThat(first.events.get(2).envelope().type()).isEqualTo("CooldownCleared");
            }

            RecordingHandler second = new RecordingHandler();
            try (EventLogConsumer restarted = consumer(broker, List.of(cooldowns, quotes), second, publisher)) {
                restarted.start();
                await().atMost(Duration.ofSeconds(30)).until(restarted::ready);

                assertThat(second.events).extracting(event -> event.envelope().type())
                        .containsExactly("CooldownStarted", "QuoteUpdated", "CooldownCleared");
                assertThat(second.events).allMatch(LoggedEvent::replay);
                assertThat(restarted.replayedEvents()).isEqualTo(3);
            }
        }
    }

    @Test
    void sendsAnInvalidRecordToDeadLetterWithTheReasonAndKeepsGoing(EmbeddedKafkaBroker broker) throws Exception {
        Topic<CooldownEvent> cooldowns = new Topic<>(unique("cooldowns"), CooldownEvent.class, Map.of());
        provision(broker, List.of(cooldowns));
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(cooldowns.name(), "TSLA", garbage)).get();
        }
        try (EventPublisher publisher = publisher(broker)) {
            publisher.publish(cooldowns, envelope(new CooldownCleared("after garbage"), T0));
            RecordingHandler handler = new RecordingHandler();
            try (EventLogConsumer consumer = consumer(broker, List.of(cooldowns), handler, publisher)) {
                consumer.start();
                await().atMost(Duration.ofSeconds(30)).until(consumer::ready);

                assertThat(handler.events).extracting(event -> event.envelope().type())
                        .containsExactly("CooldownCleared");
            }
        }

        EventDeadLettered letter = awaitDeadLetterFor(broker, cooldowns.name());
        assertThat(letter.errorKind()).isEqualTo("MALFORMED_JSON");
        assertThat(letter.reason()).startsWith("not JSON");
        assertThat(letter.originalKey()).isEqualTo("TSLA");
        assertThat(Base64.getDecoder().decode(letter.originalValueBase64())).isEqualTo(garbage);
    }

    private static EventDeadLettered awaitDeadLetterFor(EmbeddedKafkaBroker broker, String topic) {
        Topic<DeadLetterEvent> deadLetter = TopicCatalog.DEAD_LETTER;
        try (KafkaConsumer<String, DecodeResult<DeadLetterEvent>> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, unique("dlq-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                deadLetter.keyDeserializer(), deadLetter.valueDeserializer())) {
            consumer.subscribe(Set.of(deadLetter.name()));
            List<EventDeadLettered> found = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() instanceof DecodeResult.Valid<DeadLetterEvent> valid
                            && valid.envelope().payload() instanceof EventDeadLettered letter
                            && letter.originalTopic().equals(topic)) {
                        found.add(letter);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static <E extends Event> EventEnvelope<E> envelope(E payload,
                                                                                          Instant occurredAt) {
        return EventEnvelope.of(payload, "AAPL", "test", occurredAt, null, null);
    }

    private static EventPublisher publisher(EmbeddedKafkaBroker broker) {
        return new EventPublisher(broker.bootstrapServers(), "test-publisher", Duration.ofSeconds(10));
    }

    private static EventLogConsumer consumer(EmbeddedKafkaBroker broker, List<Topic<?>> topics, LogHandler handler,
                                             EventPublisher publisher) {
        return new EventLogConsumer(broker.bootstrapServers(), unique("group"), "test-service", topics, handler,
                publisher, Clock.systemUTC());
    }

    private static void provision(EmbeddedKafkaBroker broker, List<Topic<?>> topics) {
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(topics);
        }
    }

    private static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class RecordingHandler implements LogHandler {
        final List<LoggedEvent> events = new CopyOnWriteArrayList<>();
        final List<Set<Integer>> replayCompletions = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(LoggedEvent event) {
            events.add(event);
        }

        @Override
        public void onReplayCompleted(Set<Integer> partitions) {
            replayCompletions.add(partitions);
        }
    }
}
