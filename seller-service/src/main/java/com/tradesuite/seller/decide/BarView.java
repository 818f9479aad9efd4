package com.tradesuite.seller.decide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;

/**
 * A newly folded bar as the trailing decision sees it.
 *
 * @param marketTime the bar's end: the seller's notion of now
 * @param highestCloseBefore the position's highest close before this bar (null for its first bar or when flat)
 * @param atr the ATR including this bar, empty while warming up
 * @param recentCloses the symbol's newest closes up to and including this bar, oldest first
 */
public record BarView(String symbol, BarClosed bar, Instant marketTime, BigDecimal highestCloseBefore,
                      Optional<BigDecimal> atr, List<BigDecimal> recentCloses) {
}
