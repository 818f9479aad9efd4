package com.tradesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every event type goes through the real broker on its catalog topic, keyed by symbol, and comes back equal. */
@ExtendWith(KafkaBrokerExtension.class)
class EventRoundTripIT {

    @BeforeAll
    static void provisionTopics(EmbeddedKafkaBroker broker) {
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, TopicCatalog.DEFAULT_PARTITIONS, (short) 1, 30_000)
                    .ensureTopics(TopicCatalog.all());
        }
    }

    @Test
    void everyEventTypeRoundTripsThroughItsTopicKeyedBySymbol(EmbeddedKafkaBroker broker) throws Exception {
        Map<String, Integer> partitionByTopic = new HashMap<>();
        List<EventEnvelope<Event>> sent = new ArrayList<>();
        for (EventEnvelope<Event> envelope : EventSamples.envelopes()) {
            Topic<?> topic = topicOf(envelope.payload());
            RecordMetadata metadata = send(broker, topic, envelope);
            partitionByTopic.put(topic.name(), metadata.partition());
            sent.add(envelope);
        }

        List<ConsumerRecord<String, DecodeResult<Event>>> received = readAll(broker, partitionByTopic, sent.size());

        assertThat(received).allSatisfy(record -> assertThat(record.key()).isEqualTo(EventSamples.SYMBOL));
        assertThat(received.stream().map(ConsumerRecord::value).toList())
                .containsExactlyInAnyOrderElementsOf(sent.stream()
                        .map(envelope -> (DecodeResult<Event>) new DecodeResult.Valid<>(envelope)).toList());
        // Co-partitioning: one symbol lands in the same partition number on every topic.
        assertThat(partitionByTopic.values()).hasSize(TopicCatalog.all().size()).containsOnly(
                partitionByTopic.get(TopicCatalog.ORDERS.name()));
    }

    @Test
    void theSymbolPartitionerNamesThePartitionTheProducerChoseForEachSymbol(EmbeddedKafkaBroker broker)
            throws Exception {
        List<String> symbols = List.of("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA", "META", "QQQ", "AMZN", "GOOG",
                "NFLX", "IWM", "BRK.B", "X");
        Map<String, Integer> chosen = new HashMap<>();
        Map<String, Integer> predicted = new HashMap<>();
        // A topic of its own, so these bare records never meet the catalog topics' readers.
        String topic = "partitioner-check";
        try (Admin admin = broker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, TopicCatalog.DEFAULT_PARTITIONS, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String symbol : symbols) {
                chosen.put(symbol, producer.send(new ProducerRecord<>(topic, symbol, "x"))
                        .get().partition());
                predicted.put(symbol, SymbolPartitioner.partitionOf(symbol, TopicCatalog.DEFAULT_PARTITIONS));
            }
        }

        assertThat(predicted).isEqualTo(chosen);
        assertThat(Set.copyOf(chosen.values())).as("the symbols spread over several partitions")
                .hasSizeGreaterThan(1);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Event> RecordMetadata send(EmbeddedKafkaBroker broker, Topic<E> topic,
                                                         EventEnvelope<Event> envelope) throws Exception {
        try (KafkaProducer<String, EventEnvelope<E>> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"),
                TopicSerdes.keySerializer(topic), TopicSerdes.valueSerializer(topic))) {
            return producer.send(new ProducerRecord<>(topic.name(), envelope.symbol(),
                    (EventEnvelope<E>) (EventEnvelope<?>) envelope)).get();
        }
    }

    private static Topic<?> topicOf(Event payload) {
        return TopicCatalog.all().stream().filter(topic -> topic.family().isInstance(payload))
                .findFirst().orElseThrow();
    }

    private static List<ConsumerRecord<String, DecodeResult<Event>>> readAll(
            EmbeddedKafkaBroker broker, Map<String, Integer> topics, int expected) {
        Topic<Event> anyTopic = new Topic<>("any", Event.class, Map.of());
        List<ConsumerRecord<String, DecodeResult<Event>>> records = new ArrayList<>();
        try (KafkaConsumer<String, DecodeResult<Event>> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "round-trip-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                TopicSerdes.keyDeserializer(anyTopic), TopicSerdes.valueDeserializer(anyTopic))) {
            consumer.subscribe(topics.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
