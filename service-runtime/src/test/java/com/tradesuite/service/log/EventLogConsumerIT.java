package com.tradesuite.service.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.log.LogPosition;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;

@ExtendWith(KafkaBrokerExtension.class)
class EventLogConsumerIT {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");
    /** Replayed records per partition before the consumer pauses it (and records per poll) in the large-log test. */
    private static final int BOUND = 20;
    private static final int LARGE_LOG = 3000;
    private static final int LIVE = 10;

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

    @Test
    void streamsAMultiTopicLogFarLargerThanTheBoundInFullSortOrderThenDeliversLiveEvents(EmbeddedKafkaBroker broker)
            throws Exception {
        Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
        Topic<CooldownEvent> cooldowns = new Topic<>(unique("cooldowns"), CooldownEvent.class, appendTime);
        Topic<CooldownEvent> moreCooldowns = new Topic<>(unique("cooldowns"), CooldownEvent.class, appendTime);
        Topic<MarketDataEvent> quotes = new Topic<>(unique("market-data"), MarketDataEvent.class, appendTime);
        List<Topic<?>> inputs = List.of(cooldowns, moreCooldowns, quotes);
        provision(broker, inputs);
        // Batched sends: many records of a batch share one append time, so the tie-breaks (topic, offset) matter.
        // Not idempotent: on topics this fresh its sequence checks trip over leaders still moving in.
        Random random = new Random(7);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < LARGE_LOG; i++) {
                String symbol = "S" + random.nextInt(60);
                sent.add(switch (random.nextInt(3)) {
                    case 0 -> raw.send(encoded(cooldowns, symbol, new CooldownCleared("c" + i)));
                    case 1 -> raw.send(encoded(moreCooldowns, symbol, new CooldownCleared("m" + i)));
                    default -> raw.send(encoded(quotes, symbol, new QuoteUpdated(T0, new BigDecimal(i + 1), null)));
                });
            }
            raw.flush();
            for (Future<RecordMetadata> written : sent) {
                written.get(30, TimeUnit.SECONDS);
            }
        }

        GatedHandler handler = new GatedHandler();
        try (EventPublisher publisher = publisher(broker);
             EventLogConsumer consumer = new EventLogConsumer(broker.bootstrapServers(), unique("group"),
                     "test-service", inputs, handler, publisher, Clock.systemUTC(),
                     EventLogConsumer.DEFAULT_SESSION_TIMEOUT, BOUND)) {
            consumer.start();
            // Parked inside the first replayed event: what is appended now is live, after the replay's end.
            await().atMost(Duration.ofSeconds(30)).until(handler::holding);
            for (int i = 0; i < LIVE; i++) {
                publisher.publish(cooldowns, envelope(new CooldownCleared("live " + i), T0));
            }
            handler.release();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> consumer.ready() && handler.events.size() == LARGE_LOG + LIVE);

            List<LoggedEvent> replayed = handler.events.subList(0, LARGE_LOG);
            List<LogPosition> fullSort = replayed.stream().map(EventLogConsumerIT::position)
                    .sorted(LogPosition.REPLAY_ORDER).toList();
            assertThat(replayed).allMatch(LoggedEvent::replay);
            assertThat(replayed).extracting(EventLogConsumerIT::position).containsExactlyElementsOf(fullSort);
            assertThat(fullSort.stream().map(position -> position.topic() + "-" + position.partition()).distinct().count())
                    .isEqualTo(18);
            // Never the whole history at once: at most the bound plus one poll per partition.
            assertThat(consumer.maxReplayBuffered()).isPositive().isLessThanOrEqualTo(18 * (2 * BOUND - 1));
            List<LoggedEvent> live = handler.events.subList(LARGE_LOG, LARGE_LOG + LIVE);
            assertThat(live).noneMatch(LoggedEvent::replay);
            assertThat(live).extracting(event -> ((CooldownCleared) event.envelope().payload()).reason())
                    .containsExactly(IntStream.range(0, LIVE).mapToObj(i -> "live " + i).toArray(String[]::new));
            assertThat(consumer.foldedOffsets().get(cooldowns.name()))
                    .containsEntry(live.get(LIVE - 1).partition(), live.get(LIVE - 1).offset());
            assertThat(consumer.failure()).isEmpty();
        }
    }

    @Test
    void aHandlerFailingOnHistoryStopsTheConsumerAndNamesTheCause(EmbeddedKafkaBroker broker) {
        Topic<CooldownEvent> cooldowns = new Topic<>(unique("cooldowns"), CooldownEvent.class, Map.of());
        provision(broker, List.of(cooldowns));
        try (EventPublisher publisher = publisher(broker)) {
            publisher.publish(cooldowns, envelope(new CooldownCleared("history"), T0));
            LogHandler failing = event -> {
                throw new IllegalArgumentException("cannot fold " + event.envelope().type());
            };
            try (EventLogConsumer consumer = consumer(broker, List.of(cooldowns), failing, publisher)) {
                consumer.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> consumer.failure().isPresent());

                assertThat(consumer.failure().get()).contains("folding CooldownCleared")
                        .contains("IllegalArgumentException: cannot fold CooldownCleared");
                assertThat(consumer.ready()).isFalse();
            }
        }
    }

    private static EventDeadLettered awaitDeadLetterFor(EmbeddedKafkaBroker broker, String topic) {
        Topic<DeadLetterEvent> deadLetter = TopicCatalog.DEAD_LETTER;
        try (KafkaConsumer<String, DecodeResult<DeadLetterEvent>> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, unique("dlq-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                TopicSerdes.keyDeserializer(deadLetter), TopicSerdes.valueDeserializer(deadLetter))) {
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

    private static LogPosition position(LoggedEvent event) {
        return new LogPosition(event.topic(), event.partition(), event.offset(), event.timestamp());
    }

    private static <E extends Event> ProducerRecord<String, byte[]> encoded(Topic<E> topic, String symbol,
                                                                             E payload) {
        return new ProducerRecord<>(topic.name(), symbol,
                topic.codec().encode(EventEnvelope.of(payload, symbol, "test", T0, null, null)));
    }

    /** Records every event; parks inside the first replayed one until released. */
    private static final class GatedHandler implements LogHandler {
        final List<LoggedEvent> events = new CopyOnWriteArrayList<>();
        private final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean holding;

        @Override
        public void onEvent(LoggedEvent event) {
            if (events.isEmpty()) {
                holding = true;
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            events.add(event);
        }

        boolean holding() {
            return holding;
        }

        void release() {
            release.countDown();
        }
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
