package com.tradesuite.domain.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One symbol on which the log and the broker disagree.
 *
 * @param logQty the log's position quantity (0 when flat)
 * @param brokerQty the broker's signed quantity (0 when it holds none)
 * @param brokerAvgEntryPrice the broker's average entry price; null when it holds none
 * @param unknownOrderIds the broker's open orders of the symbol the log never saw
 */
public record Difference(DifferenceKind kind, String symbol, BigDecimal logQty, BigDecimal brokerQty,
                         BigDecimal brokerAvgEntryPrice, List<String> unknownOrderIds) {

    public Difference {
        unknownOrderIds = List.copyOf(unknownOrderIds);
    }

    /** One line for the decision log. */
    public String describe() {
        String orders = unknownOrderIds.isEmpty() ? "" : "; open orders the log never saw: " + unknownOrderIds;
        return switch (kind) {
            case UNKNOWN_POSITION -> "the broker holds " + brokerQty.toPlainString() + " shares at "
                    + brokerAvgEntryPrice.toPlainString() + " the log never saw" + orders;
            case MISSING_POSITION -> "the log holds " + logQty.toPlainString()
                    + " shares the broker no longer has (closed outside the suite)" + orders;
            case QUANTITY_MISMATCH -> "the broker holds " + brokerQty.toPlainString() + " shares, the log "
                    + logQty.toPlainString() + orders;
            case UNKNOWN_ORDER -> "positions agree (" + logQty.toPlainString() + " shares)" + orders;
            case SHORT_POSITION -> "the broker holds a short position of " + brokerQty.toPlainString()
                    + " shares; the suite trades long only and leaves it alone";
        };
    }
}
