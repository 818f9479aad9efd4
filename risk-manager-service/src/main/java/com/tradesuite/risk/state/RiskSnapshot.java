package com.tradesuite.risk.state;

import com.tradesuite.domain.TradingState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent view of the folded log for a decision.
 *
 * @param now market time: the newest bar end, or the newest broker timestamp if that is later; null before either
 * @param lastPrices the newest bar close per symbol
 */
public record RiskSnapshot(TradingState trading, Instant now, Map<String, BigDecimal> lastPrices) {

    public RiskSnapshot {
        lastPrices = Map.copyOf(lastPrices);
    }

    public Optional<BigDecimal> lastPrice(String symbol) {
        return Optional.ofNullable(lastPrices.get(symbol));
    }
}
