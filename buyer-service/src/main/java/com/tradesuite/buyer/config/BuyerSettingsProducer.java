package com.tradesuite.buyer.config;

import java.time.Duration;

import org.jboss.logging.Logger;

import com.tradesuite.domain.entry.SignalLedger;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain {@link BuyerSettings} the desk uses from {@link BuyerConfig}, checked before any topic work. */
@Singleton
public class BuyerSettingsProducer {

    static final String MAX_SIGNAL_AGE = "tradesuite.buyer.max-signal-age";

    private static final Logger LOG = Logger.getLogger(BuyerSettingsProducer.class);

    @Produces
    @Singleton
    BuyerSettings settings(BuyerConfig config) {
        return settingsOf(config);
    }

    void validateAtStartup(@Observes @Priority(1) StartupEvent event, BuyerSettings settings) {
        LOG.infof("buyer settings: %s", settings);
    }

    /** The settings of a validated mapping; a signal age the decision memory cannot cover is refused. */
    static BuyerSettings settingsOf(BuyerConfig config) {
        Duration maxAge = config.maxSignalAge();
        if (maxAge.compareTo(SignalLedger.DEDUP_WINDOW) >= 0) {
            // Decisions are remembered for the window only: an older signal must already be stale.
            throw new InvalidConfigException(MAX_SIGNAL_AGE, maxAge + " must be shorter than "
                    + SignalLedger.DEDUP_WINDOW + ", the window in which decided signals are remembered");
        }
        return new BuyerSettings(config.riskPercent(), config.maxOpenPositions(), config.dailyLossLimitPercent(),
                config.entryType().orderType(), config.entryTimeout(), maxAge,
                Boolean.parseBoolean(config.halted()),
                config.cooldownLength());
    }
}
