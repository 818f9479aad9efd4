package com.tradesuite.schemas.topic;

import java.util.ArrayList;
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
import com.tradesuite.schemas.event.TradingStateEvent;

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

    /**
     * Snapshots of folded state: only the newest value of each {@code <service>:<partition>} key matters, so the
     * topic is compacted (segments roll every 10 minutes so old snapshots go soon); values up to 16 MB.
     */
    private static final Map<String, String> COMPACTED = Map.of(
            "cleanup.policy", "compact",
            "segment.ms", String.valueOf(10L * 60 * 1000),
            "min.cleanable.dirty.ratio", "0.1",
            "max.message.bytes", String.valueOf(16 * 1024 * 1024),
            "message.timestamp.type", "LogAppendTime");

    public static final Topic<MarketDataEvent> MARKET_DATA = new Topic<>("market-data", MarketDataEvent.class, SEVEN_DAYS);
    public static final Topic<SignalEvent> SIGNALS = new Topic<>("signals", SignalEvent.class, FOREVER);
    public static final Topic<OrderEvent> ORDERS = new Topic<>("orders", OrderEvent.class, FOREVER);
    public static final Topic<FillEvent> FILLS = new Topic<>("fills", FillEvent.class, FOREVER);
    public static final Topic<CooldownEvent> COOLDOWNS = new Topic<>("cooldowns", CooldownEvent.class, FOREVER);
    public static final Topic<ExitSourceEvent> EXIT_SOURCE = new Topic<>("exit-source", ExitSourceEvent.class, FOREVER);
    /**
     * The account-wide trading state (ACTIVE / REDUCING / HALTED). Not keyed by symbol: the risk manager appends each
     * change to every partition (key {@code ACCOUNT}), so whoever owns any partition folds it (ADR 0005).
     */
    public static final Topic<TradingStateEvent> TRADING_STATE = new Topic<>("trading-state", TradingStateEvent.class,
            FOREVER);
    public static final Topic<DeadLetterEvent> DEAD_LETTER = new Topic<>("dead-letter", DeadLetterEvent.class, SEVEN_DAYS);

    /** Each service's folded state per partition, key {@code <service>:<partition>} (not an event topic). */
    public static final StateTopic SNAPSHOTS = new StateTopic("snapshots", COMPACTED);

    private static final List<Topic<?>> ALL = List.of(
            MARKET_DATA, SIGNALS, ORDERS, FILLS, COOLDOWNS, EXIT_SOURCE, TRADING_STATE, DEAD_LETTER);

    private static final List<TopicSpec> PROVISIONED;

    static {
        List<TopicSpec> provisioned = new ArrayList<>(ALL);
        provisioned.add(SNAPSHOTS);
        PROVISIONED = List.copyOf(provisioned);
    }

    /** The default partition count of every topic; configurable, but then identical for all of them. */
    public static final int DEFAULT_PARTITIONS = 6;

    private TopicCatalog() {
    }

    /** The event topics (keyed by symbol, each carrying one event family). */
    public static List<Topic<?>> all() {
        return ALL;
    }

    /** Every topic startup creates: the event topics and {@link #SNAPSHOTS}. */
    public static List<TopicSpec> provisioned() {
        return PROVISIONED;
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
