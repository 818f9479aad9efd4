package com.tradesuite.buyer.config;

import java.time.Duration;

import org.jboss.logging.Logger;

import com.tradesuite.domain.entry.CorrelationRule;
import com.tradesuite.domain.entry.RiskRules;
import com.tradesuite.domain.entry.SectorMap;
import com.tradesuite.domain.entry.SectorRules;
import com.tradesuite.domain.entry.SignalLedger;
import com.tradesuite.domain.entry.SizingRules;
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
    static final String RISK_PERCENT = "tradesuite.buyer.risk-percent";
    static final String MAX_POSITION_PERCENT = "tradesuite.buyer.max-position-percent";
    static final String MAX_EXPOSURE_PERCENT = "tradesuite.buyer.max-exposure-percent";
    static final String CORRELATION_WINDOW = "tradesuite.buyer.correlation-window";
    static final String CORRELATION_MIN_BARS = "tradesuite.buyer.correlation-min-bars";

    private static final Logger LOG = Logger.getLogger(BuyerSettingsProducer.class);

    @Produces
    @Singleton
    BuyerSettings settings(BuyerConfig config) {
        return settingsOf(config);
    }

    void validateAtStartup(@Observes @Priority(1) StartupEvent event, BuyerSettings settings) {
        LOG.infof("buyer settings: %s", settings);
        LOG.infof("sector map: %d symbols in %s (%s), every other symbol in %s", settings.risk().sectors().map().size(),
                settings.risk().sectors().map().sectors(), SectorMapSource.KEY, SectorMap.UNKNOWN);
    }

    /**
     * The settings of a validated mapping; refused: a signal age the decision memory cannot cover, keys that
     * contradict each other (a risk budget no position may carry, one position above the total exposure, a
     * correlation that needs more bars than are kept), and a sector map file that cannot be read.
     */
    static BuyerSettings settingsOf(BuyerConfig config) {
        if (config.riskPercent().compareTo(config.maxPositionPercent()) >= 0) {
            // The loss at the stop is at most the position's value: a risk budget at or above the cap is never used.
            throw new InvalidConfigException(RISK_PERCENT, config.riskPercent().toPlainString()
                    + " must be below " + MAX_POSITION_PERCENT + " (" + config.maxPositionPercent().toPlainString()
                    + "): a position can never lose more than its value, so that risk would never be taken");
        }
        if (config.maxPositionPercent().compareTo(config.maxExposurePercent()) > 0) {
            throw new InvalidConfigException(MAX_POSITION_PERCENT, config.maxPositionPercent().toPlainString()
                    + " must not exceed " + MAX_EXPOSURE_PERCENT + " (" + config.maxExposurePercent().toPlainString()
                    + "): one position cannot be worth more than all positions together");
        }
        Duration maxAge = config.maxSignalAge();
        if (maxAge.compareTo(SignalLedger.DEDUP_WINDOW) >= 0) {
            // Decisions are remembered for the window only: an older signal must already be stale.
            throw new InvalidConfigException(MAX_SIGNAL_AGE, maxAge + " must be shorter than "
                    + SignalLedger.DEDUP_WINDOW + ", the window in which decided signals are remembered");
        }
        if (config.correlationMinBars() > config.correlationWindow()) {
            throw new InvalidConfigException(CORRELATION_MIN_BARS, config.correlationMinBars()
                    + " must not exceed " + CORRELATION_WINDOW + " (" + config.correlationWindow()
                    + "): no pair could ever have that many bars, so the correlation cap would never judge");
        }
        RiskRules risk = new RiskRules(
                new SectorRules(SectorMapSource.load(config.sectorMapFile()), config.maxSectorPositions(),
                        config.maxSectorExposurePercent()),
                new CorrelationRule(config.maxCorrelation().doubleValue(), config.correlationMinBars()),
                config.choppyRegime());
        return new BuyerSettings(config.riskPercent(), config.maxOpenPositions(), config.dailyLossLimitPercent(),
                config.entryType().orderType(), config.entryTimeout(), maxAge,
                Boolean.parseBoolean(config.halted()),
                config.cooldownLength(),
                new SizingRules(config.maxPositionPercent(), config.maxExposurePercent(), config.minStopPercent(),
                        config.minStopAtrMultiple()), risk, config.correlationWindow());
    }
}
