package com.tradesuite.seller.config;

import java.math.BigDecimal;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;

/**
 * The seller's exits beyond trailing under {@code tradesuite.seller.exits}: signal exit, time exit, end-of-day
 * flatten and the momentum take-profit extension; each is off unless switched on.
 */
@ConfigMapping(prefix = "tradesuite.seller.exits")
public interface SellerExitsConfig {

    String PREFIX = "tradesuite.seller.exits.";
    String MAX_HOLDING = PREFIX + "max-holding";
    String TRUE_OR_FALSE = "(?i)\\s*(true|false)\\s*";

    Signal signal();

    /** Positions held this long (market time) are sold at market; 0 = off. */
    @WithDefault("0s")
    @DurationMin(seconds = 0)
    @DurationMax(days = 365)
    Duration maxHolding();

    @WithName("market-close")
    MarketClose marketClose();

    @WithName("take-profit")
    TakeProfit takeProfit();

    interface Signal {

        /** A string, not a boolean: a typo must stop startup rather than read as false. */
        @WithDefault("false")
        @Pattern(regexp = TRUE_OR_FALSE, message = "must be true or false")
        String enabled();
    }

    interface MarketClose {

        @WithDefault("false")
        @Pattern(regexp = TRUE_OR_FALSE, message = "must be true or false")
        String enabled();

        /** How long before the New York close every position is flattened. */
        @WithDefault("5m")
        @DurationMin(minutes = 1)
        @DurationMax(hours = 6)
        Duration before();
    }

    interface TakeProfit {

        @WithDefault("false")
        @Pattern(regexp = TRUE_OR_FALSE, message = "must be true or false")
        String enabled();

        /** A rise of at least this many ATRs over the momentum lookback is strong enough to extend. */
        @WithDefault("1.5")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal strongMoveAtr();

        /** The close is near the take-profit when at most this many ATRs below it. */
        @WithDefault("0.5")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal approachAtr();

        /** The limit rises by this many ATRs. */
        @WithDefault("1")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal extendAtr();
    }
}
