package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.domain.protection.OcoExitPlan;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * A seller exit at market (signal, time, market close) is a {@link MarketExitPlan}: cancel every order holding the
 * shares, sell the position once every cancel is confirmed, abort if one filled instead; if the sale fails, the
 * position is protected again at the stop and take-profit the cancelled exits had.
 */
public final class SellerMarketExit {

    private SellerMarketExit() {
    }

    /** The plan and the protection it takes down (restored if the sale fails). */
    public record Started(MarketExitPlan plan, BigDecimal stop, BigDecimal takeProfit) {
    }

    /** How the plan's cancels stand on the log. */
    public sealed interface Progress {

        /** Cancels not yet confirmed. */
        record Waiting(List<String> brokerOrderIds) implements Progress {
        }

        /** Every cancel confirmed: sell. */
        record Sell() implements Progress {
        }

        /** An order filled (or was replaced) instead of cancelling: the position changed, start over later. */
        record Abort(String reason) implements Progress {
        }
    }

    /**
     * @param purpose SIGNAL_EXIT, TIME_EXIT or MARKET_CLOSE (any seller purpose)
     * @return the plan with a fresh client order id (one more than the position's intents of this purpose)
     */
    public static Started start(Position position, OrderBook orders, OrderPurpose purpose, String reason) {
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        int attempt = symbolOrders.intentsSince(purpose, position.openedAt());
        MarketExitPlan plan = new MarketExitPlan(FallbackExitRule.heldOrders(symbolOrders),
                ClientOrderIds.forPositionOrder(purpose, position.symbol(), position.openedAt(), attempt), purpose,
                position.qty(), reason);
        BigDecimal stop = FallbackExitRule.effectiveStop(position, symbolOrders).orElse(null);
        BigDecimal takeProfit = symbolOrders.liveExits().stream()
                .filter(order -> !order.role().isStop() && order.limitPrice() != null)
                .map(TrackedOrder::limitPrice).max(BigDecimal::compareTo).orElse(position.takeProfitPrice());
        return new Started(plan, stop, takeProfit);
    }

    /** Where the cancels stand in the order book now. */
    public static Progress progress(MarketExitPlan plan, String symbol, OrderBook orders) {
        List<String> waiting = new ArrayList<>();
        for (String id : plan.cancelBrokerOrderIds()) {
            Optional<TrackedOrder> order = orders.byBrokerOrderId(symbol, id);
            if (order.isEmpty() || !order.get().status().isTerminal()) {
                // Not on the log any more means it finished long ago; still live means still waiting.
                if (order.isPresent()) {
                    waiting.add(id);
                }
                continue;
            }
            OrderStatus status = order.get().status();
            if (status == OrderStatus.FILLED || status == OrderStatus.REPLACED) {
                return new Progress.Abort("order " + id + " " + status + " instead of cancelling");
            }
        }
        return waiting.isEmpty() ? new Progress.Sell() : new Progress.Waiting(waiting);
    }

    /** The sale of what the position holds now (a partly filled leg before its cancel leaves fewer shares). */
    public static MarketExitPlan sale(MarketExitPlan plan, Position position) {
        return new MarketExitPlan(List.of(), plan.clientOrderId(), plan.purpose(), position.qty(), plan.reason());
    }

    /**
     * The protection to restore after the sale failed: one OCO at the old stop and take-profit, with the protection
     * audit's own id scheme (one more REPROTECT attempt), so the audit and the seller cannot both place one.
     *
     * @return empty when the old stop is unknown or no longer below the last price (the audit's fallback exit acts)
     */
    public static Optional<OcoExitPlan> reprotect(Started started, Position position, OrderBook orders,
                                                  BigDecimal lastPrice) {
        if (!position.isOpen() || started.stop() == null
                || (lastPrice != null && started.stop().compareTo(lastPrice) >= 0)) {
            return Optional.empty();
        }
        BigDecimal stop = PriceRounding.down(started.stop());
        BigDecimal lowestTarget = stop.add(PriceRounding.tick(stop));
        BigDecimal takeProfit = started.takeProfit() == null ? lowestTarget
                : PriceRounding.up(started.takeProfit()).max(lowestTarget);
        int attempt = SymbolOrders.of(orders, position.symbol()).intentsSince(OrderPurpose.REPROTECT,
                position.openedAt());
        return Optional.of(new OcoExitPlan(ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, position.symbol(),
                position.openedAt(), attempt), position.qty(), takeProfit, stop, "the " + started.plan().purpose()
                + " sale " + started.plan().clientOrderId() + " failed: re-protect " + position.qty().toPlainString()
                + " shares"));
    }
}
