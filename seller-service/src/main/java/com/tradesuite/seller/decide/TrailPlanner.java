package com.tradesuite.seller.decide;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.domain.exit.TrailDecision;
import com.tradesuite.domain.exit.TrailingStopRule;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.LayerArbiter;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.state.SellerState;

/**
 * On each bar, an open position's live stop trails the highest close by k ATR ({@link TrailingStopRule}), k set by
 * momentum ({@link MomentumTrail}: tighter when it fades, wider when strong), only upward, and only while no other
 * intent is in flight for the position ({@link LayerArbiter}).
 */
public final class TrailPlanner {

    private final TrailingStopRule rule;
    private final LayerArbiter arbiter;
    private final MomentumTrail momentum;
    private final BigDecimal baseMultiple;

    public TrailPlanner(TrailingStopRule rule, LayerArbiter arbiter, MomentumTrail momentum, BigDecimal baseMultiple) {
        this.rule = rule;
        this.arbiter = arbiter;
        this.momentum = momentum;
        this.baseMultiple = baseMultiple;
    }

    public static TrailPlanner of(SellerSettings settings) {
        return new TrailPlanner(new TrailingStopRule(settings.atrMultiple(), settings.minStep()),
                new LayerArbiter(settings.intentGrace(), settings.replaceWindow()), settings.momentum(),
                settings.atrMultiple());
    }

    /**
     * @param refused client order ids of replaces the broker refused for good (never sent again)
     */
    public TrailPlan plan(BarView view, SellerState state, Set<String> refused) {
        String symbol = view.symbol();
        Position position = state.trading().positions().position(symbol);
        if (!position.isOpen()) {
            return new TrailPlan.Hold("no open position");
        }
        OrderBook orders = state.trading().orders();
        Optional<TrackedOrder> live = liveStop(orders, symbol);
        if (live.isEmpty()) {
            return new TrailPlan.Hold("no live stop order to trail");
        }
        if (view.atr().isEmpty()) {
            return new TrailPlan.Hold("ATR is still warming up");
        }
        // Our own replace that the broker refused for good is not in flight any more.
        List<TrackedOrder> inFlight = orders.inFlight(symbol).stream()
                .filter(order -> !(order.status() == OrderStatus.PENDING_REPLACE
                        && refused.contains(order.replacementClientOrderId())))
                .toList();
        Optional<String> wait = arbiter.mustWait(ExitLayer.SELLER, inFlight, view.marketTime());
        if (wait.isPresent()) {
            return new TrailPlan.Wait(wait.get());
        }
        TrackedOrder stop = live.get();
        Optional<TrailPlan> resend = resendUnconfirmed(stop, state, refused);
        if (resend.isPresent()) {
            return resend.get();
        }
        MomentumTrail.Multiple multiple = momentum.multiple(baseMultiple, view.recentCloses(), view.atr().get());
        TrailDecision decision = rule.evaluate(stop.stopPrice(), view.highestCloseBefore(), view.bar(),
                view.atr().get(), multiple.value(), multiple.reason());
        if (decision instanceof TrailDecision.Raise raise) {
            // Same stop order and same new price = same decision = same id, so a repeat is refused as a duplicate.
            String newClientOrderId = ClientOrderIds.forTrailingStop(symbol, stop.brokerOrderId(), raise.newStop());
            if (refused.contains(newClientOrderId)) {
                return new TrailPlan.Hold("the broker already refused " + newClientOrderId);
            }
            return new TrailPlan.Raise(stop, raise.newStop(), newClientOrderId,
                    raise.toReplaceRequest(stop, newClientOrderId), raise.reason());
        }
        return new TrailPlan.Hold(decision instanceof TrailDecision.Hold hold ? hold.reason() : "hold");
    }

    /**
     * The stop to trail: a live stop-type exit (bracket stop leg, OCO stop, or an earlier trailed stop) that is
     * working, or whose pending replace is the seller's own; the highest if there are several.
     */
    public static Optional<TrackedOrder> liveStop(OrderBook orders, String symbol) {
        return SymbolOrders.of(orders, symbol).activeExits().stream()
                .filter(order -> order.role().isStop() && order.brokerOrderId() != null && order.stopPrice() != null)
                .filter(order -> order.orderType() == OrderType.STOP || order.orderType() == OrderType.STOP_LIMIT)
                .filter(order -> order.status() == OrderStatus.ACCEPTED
                        || (order.status() == OrderStatus.PENDING_REPLACE
                        && order.requestPurpose() == OrderPurpose.TRAILING_STOP))
                .max(Comparator.comparing(TrackedOrder::stopPrice));
    }

    /** Our own replace is on the log but the broker never confirmed it (crash or outage before the PATCH): repeat it. */
    private static Optional<TrailPlan> resendUnconfirmed(TrackedOrder stop, SellerState state, Set<String> refused) {
        String pending = stop.replacementClientOrderId();
        if (stop.status() != OrderStatus.PENDING_REPLACE || pending == null || refused.contains(pending)) {
            return Optional.empty();
        }
        Optional<BigDecimal> requested = state.requestedStop(pending);
        return requested.map(price -> new TrailPlan.Raise(stop, price, pending, null,
                "replace " + pending + " is unconfirmed after the grace period: sending it again"));
    }
}
