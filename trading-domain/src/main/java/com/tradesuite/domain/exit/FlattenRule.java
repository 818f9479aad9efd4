package com.tradesuite.domain.exit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.LayerArbiter;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * An operator's flatten-all: every open position leaves at market once the orders holding its shares are cancelled,
 * never while a market exit already works for it.
 *
 * <p>Restartable from the log alone: a position already closed needs nothing, a flatten exit in flight or working is
 * waited for, and a refused one is retried under the next attempt's client order id (the attempts on {@code orders}
 * say where the flatten got).
 */
public final class FlattenRule {

    private final LayerArbiter arbiter;

    /** @param grace how long a top-layer intent in flight (its own or the hard stop's) holds the flatten back */
    public FlattenRule(Duration grace) {
        // Lower layers' intents never hold it back: the operator's flatten outranks them.
        this.arbiter = new LayerArbiter(Objects.requireNonNull(grace, "grace"), Duration.ZERO);
    }

    /** The flatten's answer for one position: the plan to carry out, or why nothing is done now. */
    public record Decision(Optional<MarketExitPlan> exit, String reason) {
    }

    /**
     * @param flattenChangeId the change id of the operator's flatten-all in force
     */
    public Decision evaluate(Position position, OrderBook orders, String flattenChangeId, Instant now) {
        if (!position.isOpen()) {
            return new Decision(Optional.empty(), "no position");
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        if (FallbackExitRule.exitAlreadyWorking(symbolOrders)) {
            return new Decision(Optional.empty(), "a market exit is already working");
        }
        Optional<String> wait = arbiter.mustWait(ExitLayer.RISK_HARD_STOP, symbolOrders.inFlight(), now);
        if (wait.isPresent()) {
            return new Decision(Optional.empty(), wait.get());
        }
        int attempt = symbolOrders.intentsSince(OrderPurpose.FLATTEN, position.openedAt());
        return new Decision(Optional.of(new MarketExitPlan(FallbackExitRule.heldOrders(symbolOrders),
                ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, position.symbol(), position.openedAt(), attempt),
                OrderPurpose.FLATTEN, position.qty(), ExitAttribution.FLATTEN_ALL + " requested by the operator ("
                + flattenChangeId + "), attempt " + (attempt + 1))), "flatten-all in force");
    }

    /** Entries still working for a symbol with no position: cancelled, so nothing opens while the flatten holds. */
    public static List<String> workingEntries(OrderBook orders, String symbol) {
        return SymbolOrders.of(orders, symbol).workingEntries().stream().map(TrackedOrder::brokerOrderId)
                .filter(Objects::nonNull).toList();
    }
}
