package com.tradesuite.seller.config;

import java.math.BigDecimal;
import java.util.Locale;

import com.tradesuite.domain.exit.PartialProfitRule;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Builds {@link PartialProfitSettings} eagerly: the rest's stop must parse and lie below the partial's R, so a bad
 * combination stops startup naming both keys.
 */
public class PartialProfitSettingsProducer {

    static final String R_MULTIPLE = "tradesuite.seller.partial.r-multiple";
    static final String STOP = "tradesuite.seller.partial.stop";
    static final String BREAKEVEN = "breakeven";

    @Inject
    PartialProfitConfig config;

    @Produces
    @Singleton
    @Startup
    PartialProfitSettings partialProfitSettings() {
        return settings(config);
    }

    static PartialProfitSettings settings(PartialProfitConfig config) {
        BigDecimal offset = stopOffset(config.stop());
        if (offset.compareTo(config.rMultiple()) >= 0) {
            throw new InvalidConfigException(STOP, "the rest's stop (" + offset.toPlainString()
                    + " R) must lie below the partial's " + R_MULTIPLE + " (" + config.rMultiple().toPlainString()
                    + " R), else it is above the price that triggered the partial");
        }
        return new PartialProfitSettings(config.enabled(), new PartialProfitRule.Settings(config.rMultiple(),
                config.fraction(), offset, config.maxBarRangeAtr()), config.brokerTimeout(), config.grace());
    }

    private static BigDecimal stopOffset(String stop) {
        String value = stop.trim().toLowerCase(Locale.ROOT);
        if (BREAKEVEN.equals(value)) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal offset = new BigDecimal(value);
            if (offset.signum() < 0) {
                throw new InvalidConfigException(STOP, "an R offset below the entry would give back more than "
                        + "breakeven; use 'breakeven' or an offset >= 0, was " + stop);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(STOP, "'breakeven' or an R offset such as 0.5, was '" + stop + "'");
        }
    }
}
