package com.tradesuite.seller.config;

import java.time.Duration;
import java.util.Optional;

import com.tradesuite.domain.exit.MarketCloseRule;
import com.tradesuite.domain.exit.TakeProfitExtension;
import com.tradesuite.domain.exit.TimeExitRule;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds {@link SellerExitSettings} eagerly, so a bad value or a rule over several keys stops startup. */
public class SellerExitSettingsProducer {

    @Inject
    SellerExitsConfig config;

    @Inject
    SellerSettings seller;

    @Produces
    @Singleton
    @Startup
    SellerExitSettings exitSettings() {
        return settings(config, seller);
    }

    /** A max holding shorter than one bar could never be observed on time: it names both keys. */
    static SellerExitSettings settings(SellerExitsConfig config, SellerSettings seller) {
        Duration maxHolding = config.maxHolding();
        if (!maxHolding.isZero() && maxHolding.compareTo(seller.timeframe().length()) < 0) {
            throw new InvalidConfigException(SellerExitsConfig.MAX_HOLDING, maxHolding + " is shorter than one bar of "
                    + SellerSettingsProducer.TIMEFRAME + " (" + seller.timeframe().length()
                    + "); use 0 to switch the time exit off");
        }
        SellerExitsConfig.TakeProfit tp = config.takeProfit();
        Optional<TakeProfitExtension> extension = on(tp.enabled()) ? Optional.of(new TakeProfitExtension(
                seller.momentum().lookback(), tp.strongMoveAtr(), tp.approachAtr(), tp.extendAtr())) : Optional.empty();
        return new SellerExitSettings(on(config.signal().enabled()), new TimeExitRule(maxHolding),
                new MarketCloseRule(on(config.marketClose().enabled()) ? config.marketClose().before() : Duration.ZERO),
                extension);
    }

    private static boolean on(String flag) {
        return Boolean.parseBoolean(flag.strip());
    }
}
