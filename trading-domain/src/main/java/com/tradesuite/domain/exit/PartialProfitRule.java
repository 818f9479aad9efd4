package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.price.PriceRounding;

/**
 * At or above the configured R, at most once per position per New York trading day and never while the last bar's
 * range is a multiple of ATR (volatility circuit breaker), sell a fraction of the position (at least one share,
 * never all of it) and protect the rest at breakeven (or an R offset) with the bracket's take-profit kept.
 */
public final class PartialProfitRule {

    /**
     * The rule's settings.
     *
     * @param rMultiple the R at or above which a part is sold (R = (price - entry) / (entry - initial stop))
     * @param fraction the part of the position sold, within (0, 1)
     * @param stopOffsetR the stop of the rest, in R above the entry (0 = breakeven)
     * @param maxBarRangeAtr no partial while the last bar's high - low exceeds this many ATRs
     */
    public record Settings(BigDecimal rMultiple, BigDecimal fraction, BigDecimal stopOffsetR,
                           BigDecimal maxBarRangeAtr) {

        public Settings {
            if (rMultiple.signum() <= 0) {
                throw new IllegalArgumentException("rMultiple must be positive, was " + rMultiple);
            }
            if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("fraction must be within (0, 1), was " + fraction);
            }
            if (stopOffsetR.compareTo(rMultiple) >= 0) {
                throw new IllegalArgumentException("stopOffsetR must be below rMultiple, was " + stopOffsetR);
            }
            if (maxBarRangeAtr.signum() <= 0) {
                throw new IllegalArgumentException("maxBarRangeAtr must be positive, was " + maxBarRangeAtr);
            }
        }

        /** 2R, half the position, rest at breakeven, no partial on a bar wider than 3 ATR. */
        public static Settings defaults() {
            return new Settings(new BigDecimal("2"), new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("3"));
        }
    }

    /** What the rule says about one bar. */
    public sealed interface Decision {
        String reason();
    }

    /**
     * Start a plan: cancel these orders (the bracket legs holding the shares), then sell.
     *
     * @param rMultiple the position's R at the price seen
     */
    public record Start(PartialProfitPlan plan, List<String> cancelBrokerOrderIds, BigDecimal rMultiple,
                        String reason) implements Decision {
        public Start {
            cancelBrokerOrderIds = List.copyOf(cancelBrokerOrderIds);
        }
    }

    /**
     * No partial now.
     *
     * @param check the short name declines are counted by
     * @param quiet true for the every-bar case (flat, below the R): no decision line
     */
    public record Skip(String check, boolean quiet, String reason) implements Decision {
    }

    private final Settings settings;

    public PartialProfitRule(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param price the last close
     * @param barRange the last bar's high - low
     * @param atr the current ATR, or null before it is known (the circuit breaker cannot judge: no partial)
     * @param now market time
     */
    public Decision evaluate(Position position, OrderBook orders, BigDecimal price, BigDecimal barRange,
                             BigDecimal atr, Instant now) {
        if (!position.isOpen() || position.openedAt() == null) {
            return new Skip("flat", true, "no open position");
        }
        Optional<BigDecimal> risk = position.initialRiskPerShare();
        if (risk.isEmpty()) {
            return new Skip("no-initial-risk", true, "the entry's stop is unknown: R cannot be measured");
        }
        BigDecimal r = price.subtract(position.avgEntryPrice()).divide(risk.get(), 4, RoundingMode.HALF_EVEN);
        if (r.compareTo(settings.rMultiple()) < 0) {
            return new Skip("below-r", true, "R " + r.toPlainString() + " below " + settings.rMultiple());
        }
        String planId = PartialProfitPlan.idFor(position, now);
        if (orders.byClientOrderId(position.symbol(), planId).isPresent()) {
            return new Skip("once-per-day", true, "this position already had its partial profit today (" + planId
                    + ")");
        }
        if (position.qty().compareTo(BigDecimal.ONE) <= 0) {
            return new Skip("single-share", true, "a position of " + position.qty().toPlainString()
                    + " share is never split");
        }
        if (atr == null || atr.signum() <= 0) {
            return new Skip("volatility", false, "ATR not known yet: the circuit breaker cannot judge the bar");
        }
        BigDecimal limit = atr.multiply(settings.maxBarRangeAtr());
        if (barRange.compareTo(limit) > 0) {
            return new Skip("volatility", false, "circuit breaker: the last bar's range " + barRange.toPlainString()
                    + " exceeds " + settings.maxBarRangeAtr().toPlainString() + " x ATR "
                    + atr.setScale(4, RoundingMode.HALF_EVEN).toPlainString());
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        if (!symbolOrders.inFlight().isEmpty()) {
            return new Skip("intent-in-flight", false, "another intent is in flight: "
                    + symbolOrders.inFlight().stream().map(TrackedOrder::clientOrderId).toList());
        }
        Optional<BigDecimal> stop = symbolOrders.highestActiveStop();
        if (stop.isEmpty() || symbolOrders.activeStopQty().compareTo(position.qty()) < 0) {
            return new Skip("unprotected", false, "no live stop covers the position: the risk manager protects it "
                    + "first");
        }
        BigDecimal takeProfit = symbolOrders.liveExits().stream()
                .filter(order -> order.role() == OrderRole.TAKE_PROFIT_LEG || order.role() == OrderRole.OCO_TAKE_PROFIT)
                .map(TrackedOrder::limitPrice).filter(Objects::nonNull).findFirst()
                .orElse(position.takeProfitPrice());
        BigDecimal newStop = newStop(position, settings).orElseThrow();
        if (takeProfit == null || newStop.compareTo(price) >= 0
                || newStop.add(PriceRounding.tick(newStop)).compareTo(takeProfit) > 0) {
            return new Skip("no-room", false, "the rest's stop " + newStop.toPlainString()
                    + " does not fit below the price " + price.toPlainString() + " and the take-profit " + takeProfit);
        }
        BigDecimal sellQty = position.qty().multiply(settings.fraction()).setScale(0, RoundingMode.DOWN)
                .max(BigDecimal.ONE).min(position.qty().subtract(BigDecimal.ONE));
        PartialProfitPlan plan = PartialProfitPlan.start(planId, position.symbol(), position.qty(), sellQty,
                stop.get(), takeProfit, newStop, now);
        List<String> cancels = symbolOrders.liveExits().stream().map(TrackedOrder::brokerOrderId)
                .filter(Objects::nonNull).toList();
        return new Start(plan, cancels, r, "R " + r.toPlainString() + " >= " + settings.rMultiple().toPlainString()
                + ": sell " + sellQty.toPlainString() + " of " + position.qty().toPlainString() + ", protect the rest at "
                + newStop.toPlainString() + " with take-profit " + takeProfit.toPlainString());
    }

    /** The rest's stop: the entry plus the configured R offset (breakeven at 0), rounded down to a tick. */
    public static Optional<BigDecimal> newStop(Position position, Settings settings) {
        return position.initialRiskPerShare().map(risk -> PriceRounding.down(position.avgEntryPrice()
                .add(risk.multiply(settings.stopOffsetR()))));
    }
}
