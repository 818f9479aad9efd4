package com.tradesuite.domain.view;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesuite.domain.position.Position;

/**
 * One open position as {@code GET /state} shows it: what a restarted service must rebuild exactly.
 *
 * @param realizedPnl realised P&L of every round trip in this symbol so far
 */
public record PositionRow(String symbol, BigDecimal qty, BigDecimal avgEntryPrice, Instant openedAt,
                          BigDecimal initialStopPrice, BigDecimal takeProfitPrice, BigDecimal realizedPnl) {

    public static PositionRow of(Position position) {
        return new PositionRow(position.symbol(), position.qty(), position.avgEntryPrice(), position.openedAt(),
                position.initialStopPrice(), position.takeProfitPrice(), position.realizedPnl());
    }
}
