package com.tradesuite.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Writes closed bracket round trips to the real log, as the services would: intent, entry and both legs accepted,
 * entry filled, a bar, the stop leg filled, its exit attribution, the take-profit canceled (9 events per trip).
 */
final class RoundTripLog implements AutoCloseable {

    private static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");
    private static final BigDecimal TEN = new BigDecimal("10");

    private final KafkaProducer<String, byte[]> producer;
    private final String run;

    /** @param run makes every id of this writer unique on a shared broker */
    RoundTripLog(String bootstrapServers, String run) {
        this.run = run;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                // one request in flight keeps each partition in order without idempotent sequence numbers
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Trips {@code from} (inclusive) to {@code to} (exclusive), spread over the symbols; returns events written. Written
     * in three waves (placed entries; entry fills and bars; exits), each acknowledged and a millisecond apart, so the
     * broker's append times keep every trip's events in causal order, as the services write them.
     */
    long write(List<String> symbols, int from, int to, boolean leaveLastOpen) {
        long written = 0;
        for (int trip = from; trip < to; trip++) {
            written += placed(symbols.get(trip % symbols.size()), trip);
        }
        nextWave();
        for (int trip = from; trip < to; trip++) {
            written += entered(symbols.get(trip % symbols.size()), trip);
        }
        nextWave();
        for (int trip = from; trip < to; trip++) {
            if (!(leaveLastOpen && trip >= to - symbols.size())) {
                written += exited(symbols.get(trip % symbols.size()), trip);
            }
        }
        producer.flush();
        return written;
    }

    /** Everything sent is acknowledged and the broker's clock has moved on: the next wave is appended later. */
    private void nextWave() {
        producer.flush();
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() <= now + 1) {
            Thread.onSpinWait();
        }
    }

    /**
     * Entries that are only placed (intent, entry and legs accepted), all on {@code orders}: one partition per symbol,
     * so a live consumer folds them in the order a replay does (a live consumer sees other topics in poll order).
     */
    long writePlacedEntries(List<String> symbols, int from, int to) {
        long written = 0;
        for (int trip = from; trip < to; trip++) {
            written += placed(symbols.get(trip % symbols.size()), trip);
        }
        producer.flush();
        return written;
    }

    private int placed(String symbol, int n) {
        String id = run + "-" + symbol + "-" + n;
        Instant t = T0.plusSeconds(60L * n);
        String signal = "sig-" + id;
        send(TopicCatalog.ORDERS, "intent:e-" + id, symbol, t, signal, new OrderIntentRecorded("e-" + id,
                OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET, OrderClass.BRACKET, TEN, null, null,
                new BigDecimal("110"), new BigDecimal("95"), "gtc", "entry"));
        send(TopicCatalog.ORDERS, "order:E-" + id + ":new", symbol, t, signal, new OrderAccepted("E-" + id, "e-" + id,
                null, Side.BUY, OrderType.MARKET, OrderClass.BRACKET, TEN, null, null, "new"));
        send(TopicCatalog.ORDERS, "order:T-" + id + ":held", symbol, t, signal, new OrderAccepted("T-" + id,
                "t-" + id, "E-" + id, Side.SELL, OrderType.LIMIT, OrderClass.BRACKET, TEN, new BigDecimal("110"),
                null, "held"));
        send(TopicCatalog.ORDERS, "order:S-" + id + ":held", symbol, t, signal, new OrderAccepted("S-" + id,
                "s-" + id, "E-" + id, Side.SELL, OrderType.STOP, OrderClass.BRACKET, TEN, null,
                new BigDecimal("95"), "held"));
        return 4;
    }

    private int entered(String symbol, int n) {
        String id = run + "-" + symbol + "-" + n;
        Instant t = T0.plusSeconds(60L * n);
        String signal = "sig-" + id;
        send(TopicCatalog.FILLS, "fill:x-in-" + id, symbol, t.plusSeconds(1), signal, new OrderFilled("x-in-" + id,
                "E-" + id, "e-" + id, null, Side.BUY, OrderType.MARKET, TEN, new BigDecimal("100"), TEN, TEN, false,
                TEN, t.plusSeconds(1)));
        send(TopicCatalog.MARKET_DATA, "bar:" + id, symbol, t.plusSeconds(60), null, new BarClosed("1Min", t,
                new BigDecimal("100"), new BigDecimal("101"), new BigDecimal("96"), new BigDecimal("97"), 1000));
        return 2;
    }

    private int exited(String symbol, int n) {
        String id = run + "-" + symbol + "-" + n;
        Instant t = T0.plusSeconds(60L * n);
        String signal = "sig-" + id;
        send(TopicCatalog.FILLS, "fill:x-out-" + id, symbol, t.plusSeconds(30), signal, new OrderFilled("x-out-" + id,
                "S-" + id, "s-" + id, "E-" + id, Side.SELL, OrderType.STOP, TEN, new BigDecimal("95"), TEN, TEN,
                false, BigDecimal.ZERO, t.plusSeconds(30)));
        send(TopicCatalog.EXIT_SOURCE, "exit:x-out-" + id, symbol, t.plusSeconds(30), signal, new ExitAttributed(
                "x-out-" + id, "S-" + id, "s-" + id, ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP,
                new BigDecimal("95"), TEN, new BigDecimal("-50"), new BigDecimal("-1"), BigDecimal.ZERO));
        send(TopicCatalog.ORDERS, "order:T-" + id + ":canceled", symbol, t.plusSeconds(31), signal,
                new OrderCanceled("T-" + id, "t-" + id, "oco"));
        return 3;
    }

    private <E extends Event> void send(Topic<E> topic, String eventId, String symbol, Instant at, String correlation,
                                        E payload) {
        EventEnvelope<E> envelope = EventEnvelope.withId(eventId, payload, symbol, "risk-manager-service", at,
                correlation, null);
        producer.send(new ProducerRecord<>(topic.name(), symbol, topic.codec().encode(envelope)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
