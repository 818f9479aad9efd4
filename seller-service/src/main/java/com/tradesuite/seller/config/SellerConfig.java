package com.tradesuite.seller.config;

import java.math.BigDecimal;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import com.tradesuite.domain.protection.ExitLayerKey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The seller's tuning under {@code tradesuite.seller}: every default is here, a bad value stops startup naming its key. */
@ConfigMapping(prefix = "tradesuite.seller")
public interface SellerConfig {

    Bars bars();

    Trailing trailing();

    Momentum momentum();

    Cooldown cooldown();

    Arbiter arbiter();

    interface Bars {

        /** The bar timeframe the trailing stop reads (other bars are ignored). */
        @WithDefault("1Min")
        @NotBlank
        String timeframe();
    }

    interface Trailing {

        /** Wilder ATR period in bars. */
        @WithDefault("14")
        @Min(1)
        @Max(10_000)
        int atrPeriod();

        /** The stop trails this many ATRs below the highest close. */
        @WithDefault(ExitLayerKey.DEFAULT_TRAIL_ATR_MULTIPLE)
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal atrMultiple();

        /** The smallest raise worth a broker replace. */
        @WithDefault("0.05")
        @DecimalMin("0")
        BigDecimal minStep();
    }

    interface Momentum {

        /** Momentum is the close now against the close this many bars ago, in ATRs. */
        @WithDefault("5")
        @Min(1)
        @Max(1_000)
        int lookbackBars();

        /** A rise of at least this many ATRs is strong momentum. */
        @WithDefault("1.5")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal strongMoveAtr();

        /** The multiple is scaled by this when momentum fades (1 = never tighten). */
        @WithDefault(ExitLayerKey.DEFAULT_TIGHTEN_FACTOR)
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        BigDecimal tightenFactor();

        /** The multiple is scaled by this when momentum is strong (1 = never extend). */
        @WithDefault("1.5")
        @DecimalMin("1")
        BigDecimal extendFactor();
    }

    interface Cooldown {

        /** How long a losing exit keeps the buyer out of the symbol (market time). */
        @WithDefault("30m")
        @DurationMin(minutes = 1)
        @DurationMax(days = 7)
        Duration length();
    }

    interface Arbiter {

        /** An in-flight intent of the seller or a higher layer holds the seller back this long (market time). */
        @WithDefault("120s")
        @DurationMin(seconds = 0)
        @DurationMax(hours = 24)
        Duration intentGrace();

        /** An in-flight intent of a lower layer holds the seller back this long. */
        @WithDefault("2s")
        @DurationMin(seconds = 0)
        @DurationMax(hours = 1)
        Duration replaceWindow();
    }
}
