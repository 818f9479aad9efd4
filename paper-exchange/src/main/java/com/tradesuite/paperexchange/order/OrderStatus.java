package com.tradesuite.paperexchange.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Alpaca's order states and the only transitions between them this exchange allows. */
public enum OrderStatus {
    NEW, PARTIALLY_FILLED, FILLED, DONE_FOR_DAY, CANCELED, EXPIRED, REPLACED, PENDING_CANCEL, PENDING_REPLACE,
    ACCEPTED, PENDING_NEW, ACCEPTED_FOR_BIDDING, STOPPED, REJECTED, SUSPENDED, CALCULATED, HELD;

    private static final Set<OrderStatus> TERMINAL = EnumSet.of(FILLED, CANCELED, EXPIRED, REPLACED, REJECTED);

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.ofEntries(
            Map.entry(PENDING_NEW, EnumSet.of(NEW, ACCEPTED, HELD, REJECTED, CANCELED, PARTIALLY_FILLED, FILLED)),
            Map.entry(ACCEPTED, EnumSet.of(NEW, PENDING_NEW, REJECTED, CANCELED, PARTIALLY_FILLED, FILLED, EXPIRED)),
            Map.entry(HELD, EnumSet.of(NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, PENDING_REPLACE,
                    PENDING_CANCEL, REPLACED, REJECTED)),
            Map.entry(NEW, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REPLACED, PENDING_CANCEL,
                    PENDING_REPLACE, REJECTED, DONE_FOR_DAY)),
            Map.entry(PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REPLACED,
                    PENDING_CANCEL, PENDING_REPLACE, DONE_FOR_DAY)),
            Map.entry(PENDING_REPLACE, EnumSet.of(REPLACED, NEW, HELD, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED)),
            Map.entry(PENDING_CANCEL, EnumSet.of(CANCELED, PARTIALLY_FILLED, FILLED, NEW)),
            Map.entry(DONE_FOR_DAY, EnumSet.of(NEW, PARTIALLY_FILLED, EXPIRED, CANCELED)),
            Map.entry(ACCEPTED_FOR_BIDDING, EnumSet.of(NEW, REJECTED, CANCELED)),
            Map.entry(CALCULATED, EnumSet.of(FILLED, CANCELED)),
            Map.entry(STOPPED, EnumSet.of(FILLED, CANCELED)),
            Map.entry(SUSPENDED, EnumSet.of(NEW, CANCELED)),
            Map.entry(FILLED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(CANCELED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(REPLACED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(REJECTED, EnumSet.noneOf(OrderStatus.class)));

    public boolean canMoveTo(OrderStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    public boolean isOpen() {
        return !isTerminal();
    }

    /** Alpaca refuses a replace while the order is still being accepted or already changing. */
    public boolean isReplaceable() {
        return this == NEW || this == PARTIALLY_FILLED || this == HELD || this == DONE_FOR_DAY;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
