package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The broker's position differs from the log's (closed or changed outside the suite, e.g. in the broker's dashboard):
 * the log's position becomes the broker's. A reduction realises P&L at {@code exitPrice}, an estimate (the broker does
 * not say at what price shares left outside the suite), and is attributed as a MANUAL exit.
 *
 * @param reconciliationId deterministic id of the reconciliation that found it
 * @param logQty the quantity the log held
 * @param brokerQty the broker's quantity (0 = the broker holds no position)
 * @param brokerAvgEntryPrice the broker's average entry price; null when the broker holds no position
 * @param exitPrice the price a reduction is valued at: the newest known price, else the average entry
 * @param reason what differed, for the decision log and the report
 * @param observedAt when the broker was read
 */
public record PositionReconciled(String reconciliationId, BigDecimal logQty, BigDecimal brokerQty,
                                 BigDecimal brokerAvgEntryPrice, BigDecimal exitPrice, String reason,
                                 Instant observedAt) implements FillEvent {
    public PositionReconciled {
        Require.text(reconciliationId, "reconciliationId");
        Require.notNegative(logQty, "logQty");
        Require.notNegative(brokerQty, "brokerQty");
        Require.positiveOrNull(brokerAvgEntryPrice, "brokerAvgEntryPrice");
        Require.positive(exitPrice, "exitPrice");
        Require.text(reason, "reason");
        Require.present(observedAt, "observedAt");
        if (brokerQty.signum() > 0 && brokerAvgEntryPrice == null) {
            throw new IllegalArgumentException("brokerAvgEntryPrice is required when the broker holds shares");
        }
    }

    /** Shares that left the position outside the suite (0 when the broker holds more). */
    public BigDecimal reducedQty() {
        return logQty.subtract(brokerQty).max(BigDecimal.ZERO);
    }
}
