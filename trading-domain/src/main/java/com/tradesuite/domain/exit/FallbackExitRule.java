package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.LayerArbiter;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * Layer 3 fallback: when price has traded through the position's stop and the position is still open after the
 * grace period, the stop did not work; cancel the orders holding the shares and exit at market.
 */
public final class FallbackExitRule {

    private final Duration grace;
    private final LayerArbiter arbiter;

    /**
     * @param grace how long the stop gets to fire after price went through it
     * @param replaceWindow how long a lower layer's in-flight intent holds the fallback back
     */
    public FallbackExitRule(Duration grace, Duration replaceWindow) {
        this.grace = Objects.requireNonNull(grace, "grace");
        this.arbiter = new LayerArbiter(grace, replaceWindow);
    }

    /**
     * @param lastPrice the latest trade or bar close
     * @param breachedSince what the previous decision returned as {@code breachedSince()}, or null
     */
    public FallbackDecision evaluate(Position position, OrderBook orders, BigDecimal lastPrice, Instant breachedSince,
                                     Instant now) {
        if (!position.isOpen()) {
            return new FallbackDecision.Clear("no position");
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        Optional<BigDecimal> stop = effectiveStop(position, symbolOrders);
        if (stop.isEmpty()) {
            return new FallbackDecision.Clear("no stop known for " + position.symbol() + "; the protection audit acts");
        }
        if (lastPrice.compareTo(stop.get()) > 0) {
            return new FallbackDecision.Clear("price " + lastPrice.toPlainString() + " is above the stop "
                    + stop.get().toPlainString());
        }
        Instant since = breachedSince == null ? now : breachedSince;
        Instant deadline = since.plus(grace);
        if (now.isBefore(deadline)) {
            return new FallbackDecision.Wait(since, "price " + lastPrice.toPlainString() + " is through the stop "
                    + stop.get().toPlainString() + "; the stop has until " + deadline);
        }
        if (exitAlreadyWorking(symbolOrders)) {
            return new FallbackDecision.Wait(since, "a market exit is already working");
        }
        Optional<String> wait = arbiter.mustWait(ExitLayer.RISK_SOFT_STOP, symbolOrders.inFlight(), now);
        if (wait.isPresent()) {
            return new FallbackDecision.Wait(since, wait.get());
        }
        int attempt = symbolOrders.intentsSince(OrderPurpose.FALLBACK_EXIT, position.openedAt());
        return new FallbackDecision.ExitAtMarket(since, new MarketExitPlan(heldOrders(symbolOrders),
                ClientOrderIds.forPositionOrder(OrderPurpose.FALLBACK_EXIT, position.symbol(), position.openedAt(),
                        attempt),
                OrderPurpose.FALLBACK_EXIT, position.qty(), "price " + lastPrice.toPlainString()
                + " through the stop " + stop.get().toPlainString() + " since " + since + " and the position is open"));
    }

    /** The highest live stop, else the entry's stop: the price the position should already have left at. */
    static Optional<BigDecimal> effectiveStop(Position position, SymbolOrders symbolOrders) {
        Optional<BigDecimal> live = symbolOrders.highestActiveStop();
        return live.isPresent() ? live : Optional.ofNullable(position.initialStopPrice());
    }

    static List<String> heldOrders(SymbolOrders symbolOrders) {
        return Stream.concat(symbolOrders.liveExits().stream(),
                        symbolOrders.workingEntries().stream())
                .filter(order -> !isMarketExit(order)).map(TrackedOrder::brokerOrderId).toList();
    }

    static boolean exitAlreadyWorking(SymbolOrders symbolOrders) {
        return symbolOrders.liveExits().stream().anyMatch(FallbackExitRule::isMarketExit);
    }

    private static boolean isMarketExit(TrackedOrder order) {
        return order.purpose() == OrderPurpose.FALLBACK_EXIT || order.purpose() == OrderPurpose.EMERGENCY_EXIT
                || order.purpose() == OrderPurpose.FLATTEN;
    }
}
