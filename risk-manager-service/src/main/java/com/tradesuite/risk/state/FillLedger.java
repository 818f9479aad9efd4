package com.tradesuite.risk.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.tradesuite.service.memory.RecentMap;
import com.tradesuite.service.memory.Tagged;

/**
 * A broker execution is new only if its execution id is unseen AND it grows its order's cumulative filled quantity:
 * the second rule catches a REST catch-up fill (derived execution id) for an execution the log already holds.
 */
public final class FillLedger {

    /** Bounded: a duplicate execution arrives close to its original, and an order's fills close to each other. */
    private final RecentMap<String, String> executionIds = new RecentMap<>(50_000);
    private final RecentMap<String, Tagged<BigDecimal>> cumulativeByOrder = new RecentMap<>(20_000);

    /** The executions and cumulative quantities of some symbols, oldest first (a snapshot's share). */
    public record Slice(List<Map.Entry<String, String>> executionIds,
                        List<Map.Entry<String, Tagged<BigDecimal>>> cumulativeByOrder) implements Serializable {
    }

    public boolean isNew(String executionId, String brokerOrderId, BigDecimal cumulativeQty) {
        if (executionIds.containsKey(executionId)) {
            return false;
        }
        Tagged<BigDecimal> known = cumulativeByOrder.get(brokerOrderId);
        return known == null || cumulativeQty == null || cumulativeQty.compareTo(known.value()) > 0;
    }

    public void record(String symbol, String executionId, String brokerOrderId, BigDecimal cumulativeQty) {
        executionIds.put(executionId, symbol);
        if (cumulativeQty != null) {
            cumulativeByOrder.merge(brokerOrderId, new Tagged<>(symbol, cumulativeQty),
                    (known, added) -> known.value().compareTo(added.value()) >= 0 ? known : added);
        }
    }

    /** The order's filled quantity as far as the log knows (zero if nothing filled). */
    public BigDecimal cumulativeQty(String brokerOrderId) {
        Tagged<BigDecimal> known = cumulativeByOrder.get(brokerOrderId);
        return known == null ? BigDecimal.ZERO : known.value();
    }

    public Slice slice(Predicate<String> symbols) {
        return new Slice(executionIds.entries(symbols),
                cumulativeByOrder.entries(tagged -> symbols.test(tagged.symbol())));
    }

    public void restore(Slice slice) {
        executionIds.putAll(slice.executionIds());
        cumulativeByOrder.putAll(slice.cumulativeByOrder());
    }

    public void clear() {
        executionIds.clear();
        cumulativeByOrder.clear();
    }
}
