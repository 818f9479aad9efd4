package com.tradesuite.bench.log;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.tradesuite.bench.Deadline;
import com.tradesuite.bench.Progress;

/**
 * Writes a generated log to the real topics, keyed by symbol, wave by wave: each wave is flushed and acknowledged,
 * then the writer waits for the next millisecond, so every event of a later wave has a later log-append time than
 * every event of an earlier one. Within a wave a symbol's events share one topic and partition, ordered by offset.
 */
public final class LogWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public LogWriter(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-log-writer",
                ProducerConfig.ACKS_CONFIG, "all",
                // One writer, one request in flight keeps the order; the idempotent producer's sequence checks
                // once left a 1M-event write stuck in OutOfOrderSequenceException retries on a loaded machine.
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                // A machine shared with other builds can stall a request for a long time: wait, do not expire.
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    public WrittenLog write(LogGenerator generator, long expectedEvents, PrintStream out, Deadline deadline) {
        long started = System.nanoTime();
        Map<String, Long> perTopic = new TreeMap<>();
        long events = 0;
        long bytes = 0;
        Progress progress = new Progress(out, "written", expectedEvents);
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (var wave = generator.nextWave(); !wave.isEmpty(); wave = generator.nextWave()) {
            deadline.check();
            for (LogEvent event : wave) {
                byte[] value = event.encode();
                producer.send(new ProducerRecord<>(event.topic().name(), event.envelope().symbol(), value),
                        (written, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            }
                        });
                perTopic.merge(event.topic().name(), 1L, Long::sum);
                bytes += value.length;
            }
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("the broker refused the benchmark log: " + failure.get(), failure.get());
            }
            events += wave.size();
            nextMillisecond();
            progress.at(events);
        }
        return new WrittenLog(events, perTopic, bytes, generator.roundTrips(), generator.symbols(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Everything acknowledged was appended at or before now: the next wave starts a millisecond later. */
    private static void nextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() <= now) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
