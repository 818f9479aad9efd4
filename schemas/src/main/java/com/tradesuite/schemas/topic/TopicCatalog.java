package com.tradesuite.schemas.topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.event.DeadLetterEvent;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.SignalEvent;

/**
 * The one list of topics. Every topic is keyed by symbol and has the same partition count, so a symbol's events
 * share a partition number on every topic (co-partitioned) and one service instance owns a symbol on all inputs.
 */
public final class TopicCatalog {

    /**
     * Event-log topics keep data forever; the log is the only source of truth. The broker stamps every record
     * with its append time so a replay can merge topics in the order events were written.
     */
    private static final Map<String, String> FOREVER = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1",
            "retention.bytes", "-1",
            "message.timestamp.type", "LogAppendTime");

    /** Market data and dead letters are time-limited (7 days). */
    private static final Map<String, String> SEVEN_DAYS = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", String.valueOf(7L * 24 * 60 * 60 * 1000),
            "message.timestamp.type", "LogAppendTime");

    public static final Topic<MarketDataEvent> MARKET_DATA = new Topic<>("market-data", MarketDataEvent.class, SEVEN_DAYS);
    public static final Topic<SignalEvent> SIGNALS = new Topic<>("signals", SignalEvent.class, FOREVER);
    public static final Topic<OrderEvent> ORDERS = new Topic<>("orders", OrderEvent.class, FOREVER);
    public static final Topic<FillEvent> FILLS = new Topic<>("fills", FillEvent.class, FOREVER);
    public static final Topic<CooldownEvent> COOLDOWNS = new Topic<>("cooldowns", CooldownEvent.class, FOREVER);
    public static final Topic<ExitSourceEvent> EXIT_SOURCE = new Topic<>("exit-source", ExitSourceEvent.class, FOREVER);
    public static final Topic<DeadLetterEvent> DEAD_LETTER = new Topic<>("dead-letter", DeadLetterEvent.class, SEVEN_DAYS);

    private static final List<Topic<?>> ALL = List.of(
            MARKET_DATA, SIGNALS, ORDERS, FILLS, COOLDOWNS, EXIT_SOURCE, DEAD_LETTER);

    /** The default partition count of every topic; configurable, but then identical for all of them. */
    public static final int DEFAULT_PARTITIONS = 6;

    private TopicCatalog() {
    }

    public static List<Topic<?>> all() {
        return ALL;
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
