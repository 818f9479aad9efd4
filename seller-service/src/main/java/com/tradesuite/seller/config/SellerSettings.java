package com.tradesuite.seller.config;

import java.math.BigDecimal;
import java.time.Duration;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.domain.time.Timeframe;

/**
 * The seller's tuning as the pure fold and planners take it, built once from {@link SellerConfig}.
 *
 * @param timeframe the bar timeframe the trailing stop reads (other bars are ignored)
 * @param atrPeriod Wilder ATR period in bars
 * @param atrMultiple the stop trails this many ATRs below the highest close
 * @param minStep the smallest raise worth a broker replace
 * @param cooldown how long a losing exit keeps the buyer out of the symbol
 * @param intentGrace how long an in-flight intent of an equal or higher layer holds the seller back
 * @param replaceWindow how long an in-flight intent of a lower layer holds the seller back
 * @param momentum how momentum over the last bars tightens or extends the trail
 */
public record SellerSettings(Timeframe timeframe, int atrPeriod, BigDecimal atrMultiple, BigDecimal minStep,
                             Duration cooldown, Duration intentGrace, Duration replaceWindow,
                             MomentumTrail momentum) {
}
