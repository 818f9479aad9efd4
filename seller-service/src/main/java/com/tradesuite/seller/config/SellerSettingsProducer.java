package com.tradesuite.seller.config;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds {@link SellerSettings} from {@link SellerConfig} eagerly, so a bad value stops startup naming its key. */
public class SellerSettingsProducer {

    /** The cooldown was a number of minutes; the key is a duration now, so a bare number would read as seconds. */
    static final String RETIRED_COOLDOWN_MINUTES = "SELLER_COOLDOWN_MINUTES";
    static final String COOLDOWN_LENGTH = "tradesuite.seller.cooldown.length";
    static final String TIMEFRAME = "tradesuite.seller.bars.timeframe";

    @Inject
    SellerConfig config;

    @Inject
    Config raw;

    @Produces
    @Singleton
    @Startup
    SellerSettings settings() {
        return settings(config, raw.getOptionalValue(RETIRED_COOLDOWN_MINUTES, String.class));
    }

    /** @param retiredCooldownMinutes the old cooldown variable, if it is still set */
    static SellerSettings settings(SellerConfig config, Optional<String> retiredCooldownMinutes) {
        if (retiredCooldownMinutes.isPresent()) {
            throw new InvalidConfigException(RETIRED_COOLDOWN_MINUTES, "no longer read: set " + COOLDOWN_LENGTH
                    + " (SELLER_COOLDOWN_LENGTH) to a duration such as 30m instead");
        }
        Timeframe timeframe;
        try {
            timeframe = Timeframe.parse(config.bars().timeframe());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(TIMEFRAME, e.getMessage());
        }
        SellerConfig.Momentum momentum = config.momentum();
        return new SellerSettings(timeframe, config.trailing().atrPeriod(), config.trailing().atrMultiple(),
                config.trailing().minStep(), config.cooldown().length(), config.arbiter().intentGrace(),
                config.arbiter().replaceWindow(), new MomentumTrail(momentum.lookbackBars(),
                momentum.strongMoveAtr(), momentum.tightenFactor(), momentum.extendFactor()));
    }
}
