package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.util.function.Predicate;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;

/**
 * What the account already holds or is buying, valued at cost: open positions at their average entry price, the
 * unfilled rest of entries in flight at their limit (a market entry at its take-profit, the most it can cost).
 */
public final class OpenExposure {

    private OpenExposure() {
    }

    public static BigDecimal of(TradingState state) {
        return of(state, symbol -> true);
    }

    /** The same, of the symbols {@code included} accepts only (e.g. one sector's). */
    public static BigDecimal of(TradingState state, Predicate<String> included) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position position : state.positions().openPositions()) {
            if (included.test(position.symbol())) {
                total = total.add(position.qty().abs().multiply(position.avgEntryPrice()));
            }
        }
        for (String symbol : state.orders().symbolsWithOpenEntries()) {
            if (!included.test(symbol)) {
                continue;
            }
            for (TrackedOrder entry : state.orders().openEntries(symbol)) {
                total = total.add(entry.remainingQty().multiply(priceOf(entry)));
            }
        }
        return total;
    }

    private static BigDecimal priceOf(TrackedOrder entry) {
        if (entry.limitPrice() != null) {
            return entry.limitPrice();
        }
        return entry.takeProfitPrice() != null ? entry.takeProfitPrice() : BigDecimal.ZERO;
    }
}
