package com.tradesuite.seller.config;

import java.math.BigDecimal;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

/** The seller's partial profits under {@code tradesuite.seller.partial}: every default is here. */
@ConfigMapping(prefix = "tradesuite.seller.partial")
public interface PartialProfitConfig {

    /** Sell a part of a winning position at all. */
    @WithDefault("true")
    boolean enabled();

    /** The R at or above which a part is sold. */
    @WithDefault("2")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal rMultiple();

    /** The part of the position sold (at least one share, never all of it). */
    @WithDefault("0.5")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    BigDecimal fraction();

    /** The stop of the rest: {@code breakeven}, or an offset in R above the entry (e.g. {@code 0.5}). */
    @WithDefault("breakeven")
    @NotBlank
    String stop();

    /** Volatility circuit breaker: no partial while the last bar's high - low exceeds this many ATRs. */
    @WithDefault("3")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal maxBarRangeAtr();

    /** How long the seller waits for the broker to confirm a cancel or fill the sale (real time). */
    @WithDefault("10s")
    @DurationMin(millis = 100)
    @DurationMax(minutes = 5)
    Duration brokerTimeout();

    /**
     * How long (market time) an unfinished plan is carried on and holds the trailing stop back; keep it at the risk
     * manager's {@code tradesuite.risk.protection.partial-grace}, after which the risk manager re-protects.
     */
    @WithDefault("10s")
    @DurationMin(millis = 0)
    @DurationMax(hours = 1)
    Duration grace();
}
