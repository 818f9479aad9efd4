package com.tradesuite.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round trip, from the fill that opened the position to the fill that made it flat.
 *
 * @param rMultiple realised P&L / (initial risk per share x shares bought); null when the risk is unknown
 */
public record Trade(String symbol, Instant openedAt, Instant closedAt, BigDecimal entryQty, BigDecimal avgEntryPrice,
                    BigDecimal realizedPnl, BigDecimal rMultiple) implements Serializable {

    public boolean isWin() {
        return realizedPnl.signum() > 0;
    }

    public boolean isLoss() {
        return realizedPnl.signum() < 0;
    }
}
