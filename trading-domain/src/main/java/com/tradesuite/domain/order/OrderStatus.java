package com.tradesuite.domain.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order state machine (NautilusTrader-style): an order moves only along the listed transitions; anything else
 * is illegal and rejected, so a stale or out-of-order event can never resurrect a finished order. Races real brokers
 * produce are transitions: a fill that overtakes a cancel, an expiry or a replace still counts its shares, and a
 * replace may be asked again while one is pending.
 */
public enum OrderStatus {
    /** Written to {@code orders} before the broker call; not yet accepted or rejected: an intent in flight. */
    INTENT_RECORDED,
    /** Live at the broker (new, accepted or held). */
    ACCEPTED,
    /** A cancel was requested and not yet confirmed: still live, and an intent in flight. */
    PENDING_CANCEL,
    /** A replace was requested and not yet confirmed: still live, and an intent in flight. */
    PENDING_REPLACE,
    PARTIALLY_FILLED,
    FILLED,
    REJECTED,
    CANCELED,
    EXPIRED,
    REPLACED;

    private static final Map<OrderStatus, Map<OrderTransition, OrderStatus>> NEXT = Map.of(
            INTENT_RECORDED, Map.of(
                    OrderTransition.ACCEPT, ACCEPTED,
                    OrderTransition.REJECT, REJECTED,
                    // fills and ends travel on other topics or may overtake the acceptance
                    OrderTransition.PARTIAL_FILL, PARTIALLY_FILLED,
                    OrderTransition.FILL, FILLED,
                    OrderTransition.CANCEL, CANCELED,
                    OrderTransition.EXPIRE, EXPIRED),
            ACCEPTED, Map.of(
                    OrderTransition.ACCEPT, ACCEPTED,
                    OrderTransition.REJECT, REJECTED,
                    OrderTransition.REQUEST_CANCEL, PENDING_CANCEL,
                    OrderTransition.REQUEST_REPLACE, PENDING_REPLACE,
                    OrderTransition.CANCEL, CANCELED,
                    OrderTransition.EXPIRE, EXPIRED,
                    OrderTransition.REPLACE, REPLACED,
                    OrderTransition.PARTIAL_FILL, PARTIALLY_FILLED,
                    OrderTransition.FILL, FILLED),
            PENDING_CANCEL, Map.of(
                    // a re-acceptance means the broker refused the cancel: the order is working again
                    OrderTransition.ACCEPT, ACCEPTED,
                    OrderTransition.REQUEST_CANCEL, PENDING_CANCEL,
                    OrderTransition.CANCEL, CANCELED,
                    OrderTransition.EXPIRE, EXPIRED,
                    OrderTransition.PARTIAL_FILL, PARTIALLY_FILLED,
                    OrderTransition.FILL, FILLED),
            PENDING_REPLACE, Map.of(
                    OrderTransition.ACCEPT, ACCEPTED,
                    // a newer trail supersedes the pending one; the broker answers the last request
                    OrderTransition.REQUEST_REPLACE, PENDING_REPLACE,
                    OrderTransition.REQUEST_CANCEL, PENDING_CANCEL,
                    OrderTransition.REPLACE, REPLACED,
                    OrderTransition.CANCEL, CANCELED,
                    OrderTransition.EXPIRE, EXPIRED,
                    OrderTransition.PARTIAL_FILL, PARTIALLY_FILLED,
                    OrderTransition.FILL, FILLED),
            PARTIALLY_FILLED, Map.of(
                    OrderTransition.ACCEPT, PARTIALLY_FILLED,
                    OrderTransition.REQUEST_CANCEL, PENDING_CANCEL,
                    OrderTransition.REQUEST_REPLACE, PENDING_REPLACE,
                    OrderTransition.CANCEL, CANCELED,
                    OrderTransition.EXPIRE, EXPIRED,
                    OrderTransition.REPLACE, REPLACED,
                    OrderTransition.PARTIAL_FILL, PARTIALLY_FILLED,
                    OrderTransition.FILL, FILLED),
            // The broker executed before it processed the cancel, expiry or replace: the shares did trade.
            CANCELED, Map.of(
                    OrderTransition.PARTIAL_FILL, CANCELED,
                    OrderTransition.FILL, FILLED),
            EXPIRED, Map.of(
                    OrderTransition.PARTIAL_FILL, EXPIRED,
                    OrderTransition.FILL, FILLED),
            REPLACED, Map.of(
                    OrderTransition.PARTIAL_FILL, REPLACED,
                    OrderTransition.FILL, FILLED));

    private static final Set<OrderStatus> LIVE = EnumSet.of(ACCEPTED, PENDING_CANCEL, PENDING_REPLACE, PARTIALLY_FILLED);
    private static final Set<OrderStatus> IN_FLIGHT = EnumSet.of(INTENT_RECORDED, PENDING_CANCEL, PENDING_REPLACE);
    private static final Set<OrderStatus> TERMINAL = EnumSet.of(FILLED, REJECTED, CANCELED, EXPIRED, REPLACED);

    /** The state after {@code transition}; throws if the machine does not allow it from this state. */
    public OrderStatus next(OrderTransition transition) {
        OrderStatus next = NEXT.getOrDefault(this, Map.of()).get(transition);
        if (next == null) {
            throw new IllegalOrderTransitionException(this, transition);
        }
        return next;
    }

    public boolean allows(OrderTransition transition) {
        return NEXT.getOrDefault(this, Map.of()).containsKey(transition);
    }

    /** Working at the broker: can still fill. */
    public boolean isLive() {
        return LIVE.contains(this);
    }

    /** Someone asked for something the broker has not answered yet. */
    public boolean isInFlight() {
        return IN_FLIGHT.contains(this);
    }

    /** Live or about to be: counts as an order open for the symbol. */
    public boolean isOpen() {
        return isLive() || this == INTENT_RECORDED;
    }

    /** Finished: it will never work at the broker again (a late fill may still count its shares). */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }
}
