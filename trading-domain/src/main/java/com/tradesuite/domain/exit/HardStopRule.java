package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.domain.protection.LayerArbiter;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * Emergency hard stop, the top layer: when the loss from the average entry passes a wider threshold than the soft
 * stop (a multiple of the initial risk, or a fraction of the entry when the risk is unknown), exit at market now.
 */
public final class HardStopRule {

    private final BigDecimal maxLossR;
    private final BigDecimal maxLossFraction;
    private final LayerArbiter arbiter;

    /**
     * @param maxLossR hard stop distance in multiples of the initial risk per share (e.g. 1.5)
     * @param maxLossFraction hard stop distance as a fraction of the average entry when the risk is unknown (0.05)
     * @param grace how long its own earlier emergency intent in flight blocks a new one
     */
    public HardStopRule(BigDecimal maxLossR, BigDecimal maxLossFraction, Duration grace) {
        if (maxLossR.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("the hard stop must be wider than the soft stop: maxLossR > 1, was "
                    + maxLossR);
        }
        if (maxLossFraction.signum() <= 0 || maxLossFraction.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("maxLossFraction must be within (0, 1), was " + maxLossFraction);
        }
        this.maxLossR = maxLossR;
        this.maxLossFraction = maxLossFraction;
        // Nothing outranks the hard stop: lower layers' intents never hold it back.
        this.arbiter = new LayerArbiter(Objects.requireNonNull(grace, "grace"), Duration.ZERO);
    }

    public Optional<BigDecimal> hardStopPrice(Position position) {
        if (!position.isOpen()) {
            return Optional.empty();
        }
        BigDecimal distance = position.initialRiskPerShare().map(risk -> risk.multiply(maxLossR))
                .orElseGet(() -> position.avgEntryPrice().multiply(maxLossFraction));
        return Optional.of(PriceRounding.down(position.avgEntryPrice().subtract(distance)));
    }

    public HardStopDecision evaluate(Position position, OrderBook orders, BigDecimal lastPrice, Instant now) {
        Optional<BigDecimal> hardStop = hardStopPrice(position);
        if (hardStop.isEmpty()) {
            return new HardStopDecision.NoAction("no position");
        }
        if (lastPrice.compareTo(hardStop.get()) > 0) {
            return new HardStopDecision.NoAction("price " + lastPrice.toPlainString() + " is above the hard stop "
                    + hardStop.get().toPlainString());
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        if (symbolOrders.liveExits().stream().anyMatch(order -> order.purpose() == OrderPurpose.EMERGENCY_EXIT
                || order.purpose() == OrderPurpose.FLATTEN)) {
            // A flatten-all's market exit is of the same layer: a second market sell would sell shares twice.
            return new HardStopDecision.NoAction("an emergency exit is already working");
        }
        Optional<String> wait = arbiter.mustWait(ExitLayer.RISK_HARD_STOP, symbolOrders.inFlight(), now);
        if (wait.isPresent()) {
            return new HardStopDecision.NoAction(wait.get());
        }
        int attempt = symbolOrders.intentsSince(OrderPurpose.EMERGENCY_EXIT, position.openedAt());
        return new HardStopDecision.EmergencyExit(hardStop.get(), new MarketExitPlan(
                FallbackExitRule.heldOrders(symbolOrders),
                ClientOrderIds.forPositionOrder(OrderPurpose.EMERGENCY_EXIT, position.symbol(), position.openedAt(),
                        attempt),
                OrderPurpose.EMERGENCY_EXIT, position.qty(), "price " + lastPrice.toPlainString()
                + " at or below the hard stop " + hardStop.get().toPlainString()));
    }
}
