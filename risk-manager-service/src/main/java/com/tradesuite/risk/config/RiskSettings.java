package com.tradesuite.risk.config;

import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.service.ConfigDurations;
import com.tradesuite.service.InvalidConfigException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The risk manager's settings, validated so that bad config stops startup with a message naming the key.
 *
 * @param auditInterval real-time period of the protection audit timer
 * @param auditDebounce real-time delay between an order/fill event and the audit it triggers (lets both topics fold)
 * @param protection the protection audit's policy (grace, replace window, entry fill grace, default stop, target)
 * @param fallbackGrace market time the stop gets to fire once price is through it, before the fallback exit
 * @param hardStopMaxLossR the emergency hard stop distance in multiples of the initial risk
 * @param hardStopMaxLossFraction the hard stop distance as a fraction of the entry when the risk is unknown
 * @param cancelTimeout real-time deadline for the broker to confirm the cancels a plan needs
 * @param shutdownTimeout how long a stopping instance lets its plan in flight finish before it leaves
 * @param reconcileInterval real-time period of the reconciliation with the broker's positions and open orders
 * @param reconcileConfirmDelay real time a difference must persist (read twice) before a fact corrects it
 */
public record RiskSettings(Duration auditInterval, Duration auditDebounce, ProtectionPolicy protection,
                           Duration fallbackGrace, BigDecimal hardStopMaxLossR, BigDecimal hardStopMaxLossFraction,
                           Duration cancelTimeout, Duration shutdownTimeout, Duration reconcileInterval,
                           Duration reconcileConfirmDelay) {

    public static final String AUDIT_INTERVAL = "risk.audit.interval";
    public static final String AUDIT_DEBOUNCE = "risk.audit.debounce";
    public static final String GRACE = "risk.protection.grace";
    public static final String REPLACE_WINDOW = "risk.protection.replace-window";
    public static final String ENTRY_FILL_GRACE = "risk.protection.entry-fill-grace";
    public static final String DEFAULT_STOP_FRACTION = "risk.protection.default-stop-fraction";
    public static final String REWARD_TO_RISK = "risk.protection.reward-to-risk";
    public static final String FALLBACK_GRACE = "risk.fallback.grace";
    public static final String HARD_STOP_R = "risk.hard-stop.max-loss-r";
    public static final String HARD_STOP_FRACTION = "risk.hard-stop.max-loss-fraction";
    public static final String CANCEL_TIMEOUT = "risk.cancel.timeout";
    public static final String SHUTDOWN_TIMEOUT = "risk.shutdown.timeout";
    public static final String REPROTECT_BACKOFF = "risk.protection.reprotect-backoff";
    public static final String REPROTECT_BACKOFF_MAX = "risk.protection.reprotect-backoff-max";
    public static final String RECONCILE_INTERVAL = "risk.reconcile.interval";
    public static final String RECONCILE_CONFIRM_DELAY = "risk.reconcile.confirm-delay";

    /** Reads every key through {@code lookup}; a missing key takes its documented default. */
    public static RiskSettings from(Function<String, Optional<String>> lookup) {
        Reader r = new Reader(lookup);
        Duration interval = r.duration(AUDIT_INTERVAL, "1s", Duration.ofMillis(50));
        Duration debounce = r.duration(AUDIT_DEBOUNCE, "300ms", Duration.ZERO);
        Duration grace = r.duration(GRACE, "10s", Duration.ZERO);
        Duration replaceWindow = r.duration(REPLACE_WINDOW, "2s", Duration.ZERO);
        Duration entryFillGrace = r.duration(ENTRY_FILL_GRACE, "500ms", Duration.ZERO);
        BigDecimal stopFraction = r.fraction(DEFAULT_STOP_FRACTION, "0.02");
        BigDecimal rewardToRisk = r.positive(REWARD_TO_RISK, "2");
        Duration fallbackGrace = r.duration(FALLBACK_GRACE, "30s", Duration.ZERO);
        BigDecimal hardStopR = r.positive(HARD_STOP_R, "2");
        if (hardStopR.compareTo(BigDecimal.ONE) <= 0) {
            throw new InvalidConfigException(HARD_STOP_R, hardStopR.toPlainString()
                    + " must be above 1: the hard stop is wider than the soft stop");
        }
        BigDecimal hardStopFraction = r.fraction(HARD_STOP_FRACTION, "0.05");
        Duration cancelTimeout = r.duration(CANCEL_TIMEOUT, "10s", Duration.ofMillis(100));
        Duration shutdownTimeout = r.duration(SHUTDOWN_TIMEOUT, "15s", Duration.ZERO);
        Duration backoff = r.duration(REPROTECT_BACKOFF, "2s", Duration.ofMillis(100));
        Duration backoffMax = r.duration(REPROTECT_BACKOFF_MAX, "2m", Duration.ofMillis(100));
        if (backoffMax.compareTo(backoff) < 0) {
            throw new InvalidConfigException(REPROTECT_BACKOFF_MAX, backoffMax + " is below " + REPROTECT_BACKOFF
                    + " (" + backoff + ")");
        }
        Duration reconcileInterval = r.duration(RECONCILE_INTERVAL, "60s", Duration.ofSeconds(1));
        Duration confirmDelay = r.duration(RECONCILE_CONFIRM_DELAY, "2s", Duration.ZERO);
        if (confirmDelay.compareTo(reconcileInterval) >= 0) {
            throw new InvalidConfigException(RECONCILE_CONFIRM_DELAY, confirmDelay + " must be shorter than "
                    + RECONCILE_INTERVAL + " (" + reconcileInterval + ")");
        }
        return new RiskSettings(interval, debounce, new ProtectionPolicy(grace, replaceWindow, entryFillGrace,
                stopFraction, rewardToRisk, backoff, backoffMax), fallbackGrace, hardStopR, hardStopFraction,
                cancelTimeout, shutdownTimeout, reconcileInterval, confirmDelay);
    }

    /** Reads one key at a time and names it in every failure. */
    private record Reader(Function<String, Optional<String>> lookup) {

        String raw(String key, String defaultValue) {
            return lookup.apply(key).map(String::trim).filter(value -> !value.isEmpty()).orElse(defaultValue);
        }

        Duration duration(String key, String defaultValue, Duration min) {
            String value = raw(key, defaultValue);
            Duration parsed;
            try {
                parsed = ConfigDurations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigException(key, "'" + value + "' is not a duration (e.g. 500ms, 2s, 1m, PT2S)");
            }
            if (parsed.compareTo(min) < 0) {
                throw new InvalidConfigException(key, "'" + value + "' is below the minimum " + min);
            }
            return parsed;
        }

        BigDecimal positive(String key, String defaultValue) {
            String value = raw(key, defaultValue);
            BigDecimal parsed;
            try {
                parsed = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(key, "'" + value + "' is not a number");
            }
            if (parsed.signum() <= 0) {
                throw new InvalidConfigException(key, "'" + value + "' must be positive");
            }
            return parsed;
        }

        BigDecimal fraction(String key, String defaultValue) {
            BigDecimal parsed = positive(key, defaultValue);
            if (parsed.compareTo(BigDecimal.ONE) >= 0) {
                throw new InvalidConfigException(key, "'" + parsed.toPlainString() + "' must be within (0, 1)");
            }
            return parsed;
        }
    }
}
