package com.tradesuite.domain.position;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.memory.RecentIds;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.Side;

/**
 * One symbol's long position folded from fills: a buy adds at a new average price, a sell realises P&L against the
 * average entry; each broker execution counts once.
 *
 * @param qty shares held now (0 when flat)
 * @param avgEntryPrice average entry price of the shares held; null when flat
 * @param realizedPnl realised P&L of every round trip in this symbol so far
 * @param openedAt the fill time that took the position from flat to open; null when flat
 * @param entryClientOrderId the client order id of the entry that opened the position; null when flat
 * @param initialStopPrice the entry intent's stop-loss price, the basis of the initial risk; null when unknown
 * @param takeProfitPrice the entry intent's take-profit price; null when unknown
 * @param roundTripRealizedPnl realised P&L of the current (or last) round trip
 * @param roundTripEntryQty shares bought in the current (or last) round trip
 * @param executionIds the symbol's most recent executions (at most {@link #EXECUTIONS_REMEMBERED}), so a duplicate
 *                     fill changes nothing
 */
public record Position(String symbol, BigDecimal qty, BigDecimal avgEntryPrice, BigDecimal realizedPnl,
                       Instant openedAt, String entryClientOrderId, BigDecimal initialStopPrice,
                       BigDecimal takeProfitPrice, BigDecimal roundTripRealizedPnl, BigDecimal roundTripEntryQty,
                       Instant lastFillAt, RecentIds executionIds) implements Serializable {

    /** Average prices carry more decimals than any order price so averaging loses nothing that matters. */
    static final int PRICE_SCALE = 6;
    /** Money is kept to 4 decimals; reports round to cents. */
    static final int MONEY_SCALE = 4;
    /** Duplicates arrive close to their original (a reconnect, a catch-up): this many executions per symbol suffice. */
    public static final int EXECUTIONS_REMEMBERED = 256;

    public Position {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(executionIds, "executionIds");
    }

    public static Position flat(String symbol) {
        return new Position(symbol, BigDecimal.ZERO, null, money(BigDecimal.ZERO), null, null, null, null,
                money(BigDecimal.ZERO), BigDecimal.ZERO, null,
                RecentIds.empty(EXECUTIONS_REMEMBERED));
    }

    public boolean isOpen() {
        return qty.signum() > 0;
    }

    public boolean hasSeen(String executionId) {
        return executionIds.contains(executionId);
    }

    /** Entry price minus the entry intent's stop; empty when the stop is unknown or not below the entry. */
    public Optional<BigDecimal> initialRiskPerShare() {
        if (avgEntryPrice == null || initialStopPrice == null) {
            return Optional.empty();
        }
        BigDecimal risk = avgEntryPrice.subtract(initialStopPrice);
        return risk.signum() > 0 ? Optional.of(risk) : Optional.empty();
    }

    /** The P&L a sale of {@code sellQty} at {@code price} realises against the average entry. */
    public BigDecimal pnlOfSale(BigDecimal sellQty, BigDecimal price) {
        if (avgEntryPrice == null) {
            return money(BigDecimal.ZERO);
        }
        return money(price.subtract(avgEntryPrice).multiply(sellQty));
    }

    /** Folds one execution; a fill already seen returns this position unchanged. */
    Position apply(OrderFilled fill) {
        if (hasSeen(fill.executionId())) {
            return this;
        }
        RecentIds seen = executionIds.plus(fill.executionId());
        return fill.side() == Side.BUY ? buy(fill, seen) : sell(fill, seen);
    }

    private Position buy(OrderFilled fill, RecentIds seen) {
        boolean opening = !isOpen();
        BigDecimal newQty = qty.add(fill.qty());
        BigDecimal oldCost = opening ? BigDecimal.ZERO : avgEntryPrice.multiply(qty);
        BigDecimal newAvg = oldCost.add(fill.price().multiply(fill.qty()))
                .divide(newQty, PRICE_SCALE, RoundingMode.HALF_EVEN);
        return new Position(symbol, newQty, newAvg, realizedPnl,
                opening ? fill.filledAt() : openedAt,
                opening ? fill.clientOrderId() : entryClientOrderId,
                opening ? null : initialStopPrice,
                opening ? null : takeProfitPrice,
                opening ? money(BigDecimal.ZERO) : roundTripRealizedPnl,
                opening ? fill.qty() : roundTripEntryQty.add(fill.qty()),
                fill.filledAt(), seen);
    }

    private Position sell(OrderFilled fill, RecentIds seen) {
        // Long-only: a sell beyond the held quantity cannot realise P&L on shares we never had.
        BigDecimal sold = fill.qty().min(qty);
        BigDecimal pnl = pnlOfSale(sold, fill.price());
        BigDecimal newQty = qty.subtract(sold);
        boolean closing = newQty.signum() == 0;
        return new Position(symbol, newQty, closing ? null : avgEntryPrice, realizedPnl.add(pnl),
                closing ? null : openedAt, closing ? null : entryClientOrderId,
                closing ? null : initialStopPrice, closing ? null : takeProfitPrice,
                roundTripRealizedPnl.add(pnl), roundTripEntryQty, fill.filledAt(), seen);
    }

    /**
     * Becomes the broker's position, as a reconciliation found it: a flat position opens at the broker's quantity and
     * average price (no entry order, so no known stop); an open one takes the broker's quantity, a reduction realising
     * P&L at {@code exitPrice}, an increase taking the broker's average price.
     */
    Position reconciledTo(BigDecimal brokerQty, BigDecimal brokerAvgEntryPrice, BigDecimal exitPrice, Instant at) {
        if (brokerQty.compareTo(qty) == 0 && (brokerQty.signum() == 0 || brokerAvgEntryPrice == null
                || brokerAvgEntryPrice.compareTo(avgEntryPrice) == 0)) {
            return this;
        }
        if (brokerQty.signum() == 0) {
            BigDecimal pnl = pnlOfSale(qty, exitPrice);
            return new Position(symbol, BigDecimal.ZERO, null, realizedPnl.add(pnl), null, null, null, null,
                    roundTripRealizedPnl.add(pnl), roundTripEntryQty, at, executionIds);
        }
        if (!isOpen()) {
            return new Position(symbol, brokerQty, brokerAvgEntryPrice.setScale(PRICE_SCALE, RoundingMode.HALF_EVEN),
                    realizedPnl, at, null, null, null, money(BigDecimal.ZERO), brokerQty, at, executionIds);
        }
        BigDecimal reduced = qty.subtract(brokerQty).max(BigDecimal.ZERO);
        BigDecimal pnl = pnlOfSale(reduced, exitPrice);
        BigDecimal added = brokerQty.subtract(qty).max(BigDecimal.ZERO);
        BigDecimal avg = added.signum() > 0 ? brokerAvgEntryPrice.setScale(PRICE_SCALE, RoundingMode.HALF_EVEN)
                : avgEntryPrice;
        return new Position(symbol, brokerQty, avg, realizedPnl.add(pnl), openedAt, entryClientOrderId,
                initialStopPrice, takeProfitPrice, roundTripRealizedPnl.add(pnl), roundTripEntryQty.add(added), at,
                executionIds);
    }

    /** Learns the entry intent's stop and target (the intent may be folded after the fill: different topics). */
    Position withEntryPrices(BigDecimal stopLossPrice, BigDecimal takeProfit) {
        return new Position(symbol, qty, avgEntryPrice, realizedPnl, openedAt, entryClientOrderId,
                initialStopPrice == null ? stopLossPrice : initialStopPrice,
                takeProfitPrice == null ? takeProfit : takeProfitPrice,
                roundTripRealizedPnl, roundTripEntryQty, lastFillAt, executionIds);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
