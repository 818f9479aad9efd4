package com.tradesuite.seller.config;

import java.time.Duration;

import com.tradesuite.domain.exit.PartialProfitRule;

/**
 * The seller's partial-profit settings as the pure code takes them, built once from {@link PartialProfitConfig}.
 *
 * @param enabled false: no partial plan is ever started (one already on the log is still finished)
 * @param rule the domain rule's settings
 * @param brokerTimeout how long a cancel confirmation or the sale's fill is awaited (real time)
 * @param grace how long (market time) an unfinished plan is carried on and holds the trailing stop back; after it
 *              the plan is the risk manager's to re-protect
 */
public record PartialProfitSettings(boolean enabled, PartialProfitRule.Settings rule, Duration brokerTimeout,
                                    Duration grace) {

    /** Partial profits off (the seller's unit tests of other exits). */
    public static PartialProfitSettings disabled() {
        return new PartialProfitSettings(false, PartialProfitRule.Settings.defaults(), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
    }
}
