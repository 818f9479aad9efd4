package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The broker holds a position the log never saw (opened before the suite ran, or by hand): from now on the suite
 * holds it as its own, at the broker's quantity and average entry price, and protects it like any other.
 *
 * @param reconciliationId deterministic id of the reconciliation that found it
 * @param qty the broker's position quantity
 * @param avgEntryPrice the broker's average entry price
 * @param reason why the position is adopted, for the decision log and the report
 * @param observedAt when the broker was read
 */
public record PositionAdopted(String reconciliationId, BigDecimal qty, BigDecimal avgEntryPrice, String reason,
                              Instant observedAt) implements FillEvent {
    public PositionAdopted {
        Require.text(reconciliationId, "reconciliationId");
        Require.positive(qty, "qty");
        Require.positive(avgEntryPrice, "avgEntryPrice");
        Require.text(reason, "reason");
        Require.present(observedAt, "observedAt");
    }
}
