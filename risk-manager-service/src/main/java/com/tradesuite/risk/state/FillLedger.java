package com.tradesuite.risk.state;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A broker execution is new only if its execution id is unseen AND it grows its order's cumulative filled quantity:
 * the second rule catches a REST catch-up fill (derived execution id) for an execution the log already holds.
 */
public final class FillLedger {

    private final Set<String> executionIds = ConcurrentHashMap.newKeySet();
    private final Map<String, BigDecimal> cumulativeByOrder = new ConcurrentHashMap<>();

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
