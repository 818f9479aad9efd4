package com.tradesuite.domain.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the broker holds, as read for a reconciliation: positions by symbol and the ids of its open orders (legs
 * included) by symbol.
 */
public record BrokerHoldings(Map<String, Holding> positions, Map<String, List<String>> openOrderIds) {

    /** One broker position: signed quantity (negative = short) and average entry price. */
    public record Holding(BigDecimal qty, BigDecimal avgEntryPrice) {
        public Holding {
            Objects.requireNonNull(qty, "qty");
        }
    }

    public BrokerHoldings {
        positions = Map.copyOf(positions);
        openOrderIds = Map.copyOf(openOrderIds);
    }

    public BigDecimal qty(String symbol) {
        Holding holding = positions.get(symbol);
        return holding == null ? BigDecimal.ZERO : holding.qty();
    }

    public BigDecimal avgEntryPrice(String symbol) {
        Holding holding = positions.get(symbol);
        return holding == null ? null : holding.avgEntryPrice();
    }

    public List<String> openOrders(String symbol) {
        return openOrderIds.getOrDefault(symbol, List.of());
    }
}
