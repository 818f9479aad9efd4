package com.tradesuite.domain.entry;

import java.math.BigDecimal;

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
        BigDecimal total = BigDecimal.ZERO;
        for (Position position : state.positions().openPositions()) {
            total = total.add(position.qty().abs().multiply(position.avgEntryPrice()));
        }
        for (String symbol : state.orders().symbolsWithOpenEntries()) {
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
