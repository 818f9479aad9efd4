package com.tradesuite.risk.state;

import java.math.BigDecimal;
import com.tradesuite.service.memory.RecentMap;
import com.tradesuite.service.memory.RecentSet;

/**
 * A broker execution is new only if its execution id is unseen AND it grows its order's cumulative filled quantity:
 * the second rule catches a REST catch-up fill (derived execution id) for an execution the log already holds.
 */
public final class FillLedger {

    /** Bounded: a duplicate execution arrives close to its original, and an order's fills close to each other. */
    private final RecentSet<String> executionIds = new RecentSet<>(50_000);
    private final RecentMap<String, BigDecimal> cumulativeByOrder = new RecentMap<>(20_000);

    public boolean isNew(String executionId, String brokerOrderId, BigDecimal cumulativeQty) {
        if (executionIds.contains(executionId)) {
            return false;
        }
        BigDecimal known = cumulativeByOrder.get(brokerOrderId);
        return known == null || cumulativeQty == null || cumulativeQty.compareTo(known) > 0;
    }

    public void record(String executionId, String brokerOrderId, BigDecimal cumulativeQty) {
        executionIds.add(executionId);
        if (cumulativeQty != null) {
            cumulativeByOrder.merge(brokerOrderId, cumulativeQty, BigDecimal::max);
        }
    }

    /** The order's filled quantity as far as the log knows (zero if nothing filled). */
    public BigDecimal cumulativeQty(String brokerOrderId) {
        return cumulativeByOrder.getOrDefault(brokerOrderId, BigDecimal.ZERO);
    }

    public void clear() {
        executionIds.clear();
        cumulativeByOrder.clear();
    }
}
