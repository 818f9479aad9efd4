package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * A partial-profit plan moves only along intent -> legs cancel requested -> legs canceled -> sale submitted ->
 * sold -> protecting -> protected, or from the sale to failed -> rolling back -> rolled back (the whole position
 * protected again), or aborted (the position changed under it; the risk manager's audit protects what is left).
 * Every step is an order event on {@code orders}, so {@link #recover} rebuilds the stage from the folded order book.
 *
 * @param planId the sale's client order id ({@link ClientOrderIds#forPartialProfit}), one per position and day
 * @param positionQty the position before the sale
 * @param sellQty the part to sell
 * @param soldQty what the sale filled (zero before)
 * @param restoreStop the stop the whole position had, restored on a rollback
 * @param takeProfit the bracket's take-profit limit, kept by the new OCO
 * @param newStop the stop of the rest after the sale (breakeven by default); null when the reader does not know it
 * @param startedAt when the plan's intent was recorded: its grace runs from here
 */
public record PartialProfitPlan(String planId, String symbol, Stage stage, BigDecimal positionQty,
                                BigDecimal sellQty, BigDecimal soldQty, BigDecimal restoreStop,
                                BigDecimal takeProfit, BigDecimal newStop, Instant startedAt) {

    /** The stages of a plan; {@link #next} holds the legal moves. */
    public enum Stage {
        INTENT_RECORDED, CANCEL_REQUESTED, LEGS_CANCELED, SALE_SUBMITTED, SOLD, SALE_FAILED, PROTECTING, PROTECTED,
        ROLLING_BACK, ROLLED_BACK, ABORTED;

        private static final Map<Stage, Set<Stage>> NEXT = Map.of(
                INTENT_RECORDED, EnumSet.of(CANCEL_REQUESTED, LEGS_CANCELED, ABORTED),
                CANCEL_REQUESTED, EnumSet.of(LEGS_CANCELED, ABORTED),
                LEGS_CANCELED, EnumSet.of(SALE_SUBMITTED, SALE_FAILED, SOLD),
                SALE_SUBMITTED, EnumSet.of(SOLD, SALE_FAILED),
                SOLD, EnumSet.of(PROTECTING),
                SALE_FAILED, EnumSet.of(ROLLING_BACK),
                PROTECTING, EnumSet.of(PROTECTED, ABORTED),
                ROLLING_BACK, EnumSet.of(ROLLED_BACK, ABORTED));

        public boolean allows(Stage next) {
            return NEXT.getOrDefault(this, Set.of()).contains(next);
        }

        /** Done: nothing of the plan is left to do or to wait for. */
        public boolean isTerminal() {
            return this == PROTECTED || this == ROLLED_BACK || this == ABORTED;
        }
    }

    public PartialProfitPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A new plan, its intent about to be recorded. */
    public static PartialProfitPlan start(String planId, String symbol, BigDecimal positionQty, BigDecimal sellQty,
                                          BigDecimal restoreStop, BigDecimal takeProfit, BigDecimal newStop,
                                          Instant at) {
        if (sellQty.signum() <= 0 || sellQty.compareTo(positionQty) >= 0) {
            throw new IllegalArgumentException("a partial sells at least one share and never the whole position: "
                    + sellQty + " of " + positionQty);
        }
        return new PartialProfitPlan(planId, symbol, Stage.INTENT_RECORDED, positionQty, sellQty, BigDecimal.ZERO,
                restoreStop, takeProfit, newStop, at);
    }

    /** The same plan at the next stage; throws if the machine does not allow that move. */
    public PartialProfitPlan moveTo(Stage next) {
        if (!stage.allows(next)) {
            throw new IllegalStateException("partial-profit plan " + planId + " cannot move from " + stage + " to "
                    + next);
        }
        return new PartialProfitPlan(planId, symbol, next, positionQty, sellQty, soldQty, restoreStop, takeProfit,
                newStop, startedAt);
    }

    /** The sale filled {@code qty} shares (possibly fewer than asked). */
    public PartialProfitPlan sold(BigDecimal qty) {
        PartialProfitPlan moved = moveTo(Stage.SOLD);
        return new PartialProfitPlan(planId, symbol, moved.stage, positionQty, sellQty, qty, restoreStop, takeProfit,
                newStop, startedAt);
    }

    /** While not finished and within {@code grace} of its intent, the plan holds other layers back. */
    public boolean holdsOthersBack(Instant now, Duration grace) {
        return !stage.isTerminal() && now.isBefore(startedAt.plus(grace));
    }

    /** The plan's first event: the sale's intent, carrying the protection to restore if it fails. */
    public OrderIntentRecorded saleIntent(String reason) {
        return new OrderIntentRecorded(planId, OrderPurpose.PARTIAL_PROFIT, Side.SELL, OrderType.MARKET,
                OrderClass.SIMPLE, sellQty, null, null, takeProfit, restoreStop, "day", reason);
    }

    /** The OCO protecting what is left after the sale at the new stop, the take-profit unchanged. */
    public OrderIntentRecorded protectionIntent() {
        Objects.requireNonNull(newStop, "newStop");
        return oco(ClientOrderIds.forPartialProtection(planId), positionQty.subtract(soldQty), newStop,
                "protect the " + positionQty.subtract(soldQty).toPlainString() + " shares left after partial profit "
                        + planId);
    }

    /** The OCO protecting the whole position again at the old stop and take-profit, after the sale failed. */
    public OrderIntentRecorded rollbackIntent() {
        return oco(ClientOrderIds.forPartialRollback(planId), positionQty.subtract(soldQty), restoreStop,
                "roll back partial profit " + planId + ": protect all " + positionQty.subtract(soldQty).toPlainString()
                        + " shares again");
    }

    private OrderIntentRecorded oco(String clientOrderId, BigDecimal qty, BigDecimal stop, String reason) {
        return new OrderIntentRecorded(clientOrderId, OrderPurpose.PARTIAL_PROFIT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, qty, takeProfit, null, takeProfit, stop, "gtc", reason);
    }

    /** Today's plan id for the position ({@code now} in market time). */
    public static String idFor(Position position, Instant now) {
        return ClientOrderIds.forPartialProfit(position.symbol(), position.openedAt(), TradingDay.of(now));
    }

    /** Today's plan of the open position while it is not finished, as the log shows it. */
    public static Optional<PartialProfitPlan> unfinished(Position position, OrderBook orders, Instant now) {
        if (!position.isOpen() || position.openedAt() == null) {
            return Optional.empty();
        }
        return recover(orders, position, idFor(position, now), null).filter(plan -> !plan.stage().isTerminal());
    }

    /**
     * The plan's stage as the folded order book shows it: how a seller taking over the symbol (or the risk manager
     * arbitrating) sees a plan someone else started.
     *
     * @param position the position now (after the sale's fill if it was folded)
     * @param newStop the stop for the rest, or null when the reader only arbitrates
     */
    public static Optional<PartialProfitPlan> recover(OrderBook orders, Position position, String planId,
                                                      BigDecimal newStop) {
        Optional<TrackedOrder> found = orders.byClientOrderId(position.symbol(), planId);
        if (found.isEmpty() || found.get().purpose() != OrderPurpose.PARTIAL_PROFIT) {
            return Optional.empty();
        }
        TrackedOrder sale = found.get();
        BigDecimal sold = sale.filledQty();
        BigDecimal before = position.qty().add(sold);
        PartialProfitPlan plan = new PartialProfitPlan(planId, position.symbol(), Stage.INTENT_RECORDED, before,
                sale.qty(), sold, sale.stopLossPrice(), sale.takeProfitPrice(), newStop, sale.createdAt());
        if (sale.qty().compareTo(before) >= 0 || sale.stopLossPrice() == null || sale.takeProfitPrice() == null) {
            // The position shrank under the plan (or its intent lacks the terms): nothing of it can go on.
            return Optional.of(plan.atStage(Stage.ABORTED));
        }
        return Optional.of(plan.atStage(stageOf(orders, position, sale)));
    }

    private PartialProfitPlan atStage(Stage stage) {
        return new PartialProfitPlan(planId, symbol, stage, positionQty, sellQty, soldQty, restoreStop, takeProfit,
                newStop, startedAt);
    }

    private static Stage stageOf(OrderBook orders, Position position, TrackedOrder sale) {
        Optional<Stage> after = followUp(orders, position.symbol(), ClientOrderIds.forPartialProtection(
                sale.clientOrderId()), Stage.PROTECTING, Stage.PROTECTED)
                .or(() -> followUp(orders, position.symbol(), ClientOrderIds.forPartialRollback(sale.clientOrderId()),
                        Stage.ROLLING_BACK, Stage.ROLLED_BACK));
        if (after.isPresent()) {
            return after.get();
        }
        // The position went flat, or the risk manager re-protected it after the plan's grace: the plan is over.
        if (!position.isOpen()
                || orders.intentsSince(position.symbol(), OrderPurpose.REPROTECT, sale.createdAt()) > 0) {
            return Stage.ABORTED;
        }
        OrderStatus status = sale.status();
        if (status == OrderStatus.FILLED || (status.isTerminal() && sale.filledQty().signum() > 0)) {
            return Stage.SOLD;
        }
        if (status.isTerminal()) {
            return Stage.SALE_FAILED;
        }
        if (status != OrderStatus.INTENT_RECORDED) {
            return Stage.SALE_SUBMITTED;
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        if (symbolOrders.liveExits().isEmpty()) {
            return Stage.LEGS_CANCELED;
        }
        boolean cancelRequested = symbolOrders.liveExits().stream().anyMatch(order ->
                order.status() == OrderStatus.PENDING_CANCEL && order.requestPurpose() == OrderPurpose.PARTIAL_PROFIT);
        return cancelRequested ? Stage.CANCEL_REQUESTED : Stage.INTENT_RECORDED;
    }

    private static Optional<Stage> followUp(OrderBook orders, String symbol, String clientOrderId, Stage recorded,
                                            Stage done) {
        return orders.byClientOrderId(symbol, clientOrderId).map(order -> {
            if (order.status() == OrderStatus.INTENT_RECORDED) {
                return recorded;
            }
            return order.status() == OrderStatus.REJECTED ? Stage.ABORTED : done;
        });
    }
}
