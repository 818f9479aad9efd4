package com.tradesuite.seller.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * One exit plan at a time per symbol: the seller's own plans claim the symbol while they run (any seller plan, e.g. a
 * signal exit or a partial profit, feeds {@link #claim}), and a market exit of any layer that is live or in flight on
 * the log (the risk manager's fallback or emergency exit, another seller exit) counts too. Holds only live claims.
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
            if (acting != null && EXIT_PLANS.contains(acting) && (order.status().isLive() || order.status()
                    .isInFlight())) {
                return Optional.of(acting + " order " + order.clientOrderId() + " is " + order.status());
            }
        }
        return Optional.empty();
    }

    public void reset() {
        claims.clear();
    }
}
