package com.tradesuite.schemas.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registry of event type names and their current schema versions: the envelope's {@code type} resolves here. */
public final class EventTypes {

    private static final Map<String, Class<? extends Event>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<? extends Event>, Integer> VERSIONS = new LinkedHashMap<>();

    static {
        register(BarClosed.class, 1);
        register(QuoteUpdated.class, 1);
        register(EntrySignalled.class, 3);
        register(ExitSignalled.class, 1);
        register(OrderIntentRecorded.class, 1);
        register(OrderCancelRequested.class, 1);
        register(OrderReplaceRequested.class, 1);
        register(OrderAccepted.class, 1);
        register(OrderRejected.class, 1);
        register(OrderCanceled.class, 1);
        register(OrderReplaced.class, 1);
        register(OrderExpired.class, 1);
        register(OrderFilled.class, 1);
        register(PositionAdopted.class, 1);
        register(PositionReconciled.class, 1);
        register(EntryDeclined.class, 1);
        register(CooldownStarted.class, 1);
        register(CooldownCleared.class, 1);
        register(ExitAttributed.class, 1);
        register(EventDeadLettered.class, 1);
        register(TradingStateChanged.class, 1);
        register(EquityPeakRecorded.class, 1);
    }

    private EventTypes() {
    }

    private static void register(Class<? extends Event> type, int version) {
        BY_NAME.put(type.getSimpleName(), type);
        VERSIONS.put(type, version);
    }

    /** Every registered event type, in a stable order. */
    public static Map<String, Class<? extends Event>> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    public static Optional<Class<? extends Event>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String nameOf(Class<?> type) {
        if (!VERSIONS.containsKey(type)) {
            throw new IllegalArgumentException("not a registered event type: " + type.getName());
        }
        return type.getSimpleName();
    }

    public static int currentVersionOf(Class<? extends Event> type) {
        Integer version = VERSIONS.get(type);
        if (version == null) {
            throw new IllegalArgumentException("not a registered event type: " + type.getName());
        }
        return version;
    }
}
