package com.tradesuite.seller.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;

/**
 * One exit plan at a time per symbol: the seller's own plans claim the symbol while they run (any seller plan, e.g. a
 * signal exit or a partial profit, feeds {@link #claim}), and an exit plan of any layer with a step in flight on the
 * log or its market sale working (the risk manager's fallback or emergency exit, another seller exit) counts too.
 * Holds only live claims.
 */
public final class ExitsInFlight {

    /** Exit plans that take the position (or part of it) out at once: one of them working blocks another. */
    static final Set<OrderPurpose> EXIT_PLANS = Set.of(OrderPurpose.SIGNAL_EXIT, OrderPurpose.TIME_EXIT,
            OrderPurpose.MARKET_CLOSE, OrderPurpose.PARTIAL_PROFIT, OrderPurpose.FALLBACK_EXIT,
            OrderPurpose.EMERGENCY_EXIT);

    /** Who runs an exit plan for the symbol, and since when (market time). */
    public record Claim(String owner, Instant since) {
    }

    private final Map<String, Claim> claims = new HashMap<>();

    /** Marks the symbol as having an exit plan of {@code owner} running; false if another plan holds it. */
    public boolean claim(String symbol, String owner, Instant since) {
        Claim held = claims.get(symbol);
        if (held != null && !held.owner().equals(owner)) {
            return false;
        }
        claims.put(symbol, new Claim(owner, since));
        return true;
    }

    /** The plan of {@code owner} ended (done, aborted or failed). */
    public void release(String symbol, String owner) {
        claims.computeIfPresent(symbol, (key, held) -> held.owner().equals(owner) ? null : held);
    }

    /** The position is flat: no plan can still be running for it. */
    public void clear(String symbol) {
        claims.remove(symbol);
    }

    public Optional<Claim> claimOf(String symbol) {
        return Optional.ofNullable(claims.get(symbol));
    }

    /** Why an exit is in flight for the symbol (a claim, or a live or pending exit-plan order), or empty. */
    public Optional<String> inFlight(String symbol, OrderBook orders) {
        Claim claim = claims.get(symbol);
        if (claim != null) {
            return Optional.of(claim.owner() + " exit plan running since " + claim.since());
        }
        for (TrackedOrder order : orders.openOrders(symbol)) {
            OrderPurpose acting = order.requestPurpose() != null ? order.requestPurpose() : order.purpose();
            if (acting == null || !EXIT_PLANS.contains(acting)) {
                continue;
            }
            // A plan's step awaiting the broker, or its market sale working; a resting limit (e.g. a partial
            // profit's) is no plan in flight: a new plan cancels it like any order holding the shares.
            boolean workingSale = order.status().isLive() && order.orderType() == OrderType.MARKET;
            if (order.status().isInFlight() || workingSale) {
                return Optional.of(acting + " order " + order.clientOrderId() + " is " + order.status());
            }
        }
        return Optional.empty();
    }

    public void reset() {
        claims.clear();
    }
}
