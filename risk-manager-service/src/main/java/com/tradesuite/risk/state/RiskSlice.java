package com.tradesuite.risk.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.tradesuite.domain.TradingState;

/**
 * The risk manager's fold of one partition's symbols, as a snapshot carries it (JDK and suite types only).
 *
 * @param knownEventIds event id -> symbol of the recently folded or appended events, oldest first
 */
public record RiskSlice(TradingState trading, Instant newestBarEnd, Instant newestBrokerFact,
                        Map<String, Instant> newestBarStart, Map<String, Instant> newestBrokerFactBySymbol,
                        Map<String, Instant> firstIntentBySymbol, Map<String, BigDecimal> lastPrices,
                        List<Map.Entry<String, String>> knownEventIds, FillLedger.Slice fills,
                        CorrelationIndex.Slice correlations) implements Serializable {
}
