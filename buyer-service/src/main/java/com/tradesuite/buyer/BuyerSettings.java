package com.tradesuite.buyer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.tradesuite.domain.entry.EntryPolicy;
import com.tradesuite.domain.entry.SignalLedger;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.service.ConfigDurations;
import com.tradesuite.service.InvalidConfigException;

/**
 * The buyer's validated configuration; a bad value throws {@link InvalidConfigException} naming its key.
 *
 * @param riskPercent equity share risked per trade at full confidence, in percent
 * @param maxOpenPositions open positions plus entries in flight allowed at once (account-wide)
 * @param dailyLossLimitPercent realised loss of one New York day, as a percent of the day's starting equity, that
 *                              stops new entries
 * @param entryType MARKET, or LIMIT at the signal's reference price
 * @param entryTimeout an entry not filled within this much market time is cancelled
 * @param maxSignalAge a signal older than this (market time minus its bar time) is declined as stale
 * @param halted our own halt switch: no new entries while true
 */
public record BuyerSettings(BigDecimal riskPercent, int maxOpenPositions, BigDecimal dailyLossLimitPercent,
                            OrderType entryType, Duration entryTimeout, Duration maxSignalAge, boolean halted,
                            Duration cooldownLength) {

    public static final String RISK_PERCENT = "tradesuite.buyer.risk-percent";
    public static final String MAX_OPEN_POSITIONS = "tradesuite.buyer.max-open-positions";
    public static final String DAILY_LOSS_LIMIT_PERCENT = "tradesuite.buyer.daily-loss-limit-percent";
    public static final String ENTRY_TYPE = "tradesuite.buyer.entry-type";
    public static final String ENTRY_TIMEOUT = "tradesuite.buyer.entry-timeout";
    public static final String MAX_SIGNAL_AGE = "tradesuite.buyer.max-signal-age";
    public static final String HALTED = "tradesuite.buyer.halted";
    /** The seller's cooldown length; the buyer waits for a losing exit's cooldown at most this long. */
    public static final String COOLDOWN_LENGTH = "tradesuite.buyer.cooldown-length";

    /** Every key this record reads, for the config adapter. */
    public static final String[] KEYS = {RISK_PERCENT, MAX_OPEN_POSITIONS, DAILY_LOSS_LIMIT_PERCENT, ENTRY_TYPE,
            ENTRY_TIMEOUT, MAX_SIGNAL_AGE, HALTED, COOLDOWN_LENGTH};

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** EntryPolicy needs a positive limit even for an account without equity (sizing declines it anyway). */
    private static final BigDecimal MIN_DAILY_LOSS = new BigDecimal("0.01");

    /** Parses raw values; a missing key takes its documented default. */
    public static BuyerSettings from(Map<String, String> raw) {
        BigDecimal risk = percent(raw, RISK_PERCENT, "1");
        int maxOpen = wholeNumber(raw, MAX_OPEN_POSITIONS, "5");
        BigDecimal dailyLoss = percent(raw, DAILY_LOSS_LIMIT_PERCENT, "2");
        OrderType type = entryType(raw);
        Duration timeout = duration(raw, ENTRY_TIMEOUT, "PT5M");
        Duration maxAge = duration(raw, MAX_SIGNAL_AGE, "PT2M");
        if (maxAge.compareTo(SignalLedger.DEDUP_WINDOW) >= 0) {
            // Decisions are remembered for the window only: an older signal must already be stale.
            throw new InvalidConfigException(MAX_SIGNAL_AGE, raw.get(MAX_SIGNAL_AGE) + " must be shorter than "
                    + SignalLedger.DEDUP_WINDOW + ", the window in which decided signals are remembered");
        }
        boolean halted = bool(raw, HALTED, "false");
        Duration cooldown = duration(raw, COOLDOWN_LENGTH, "PT30M");
        return new BuyerSettings(risk, maxOpen, dailyLoss, type, timeout, maxAge, halted, cooldown);
    }

    /**
     * The entry policy for the account as it is now: the daily loss limit is a share of the equity the day
     * started with, so it does not shrink as the day's losses shrink equity.
     */
    public EntryPolicy policy(BigDecimal dayStartEquity) {
        BigDecimal limit = dayStartEquity.multiply(dailyLossLimitPercent).divide(HUNDRED, 2, RoundingMode.DOWN)
                .max(MIN_DAILY_LOSS);
        return new EntryPolicy(riskPercent, maxOpenPositions, limit, entryType, entryTimeout);
    }

    private static String value(Map<String, String> raw, String key, String defaultValue) {
        String value = raw.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static BigDecimal percent(Map<String, String> raw, String key, String defaultValue) {
        String value = value(raw, key, defaultValue);
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + value + "' is not a number");
        }
        if (parsed.signum() <= 0 || parsed.compareTo(HUNDRED) > 0) {
            throw new InvalidConfigException(key, value + " is outside (0, 100] percent");
        }
        return parsed;
    }

    private static int wholeNumber(Map<String, String> raw, String key, String defaultValue) {
        String value = value(raw, key, defaultValue);
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + value + "' is not a whole number");
        }
        if (parsed < 1) {
            throw new InvalidConfigException(key, parsed + " must be at least 1");
        }
        return parsed;
    }

    private static OrderType entryType(Map<String, String> raw) {
        String value = value(raw, ENTRY_TYPE, "limit").toUpperCase(Locale.ROOT);
        if (value.equals("MARKET")) {
            return OrderType.MARKET;
        }
        if (value.equals("LIMIT")) {
            return OrderType.LIMIT;
        }
        throw new InvalidConfigException(ENTRY_TYPE, "'" + value.toLowerCase(Locale.ROOT)
                + "' is not market or limit");
    }

    /** ISO-8601 (PT5M) or a number with a unit: 90s, 5m, 1h. */
    private static Duration duration(Map<String, String> raw, String key, String defaultValue) {
        String value = value(raw, key, defaultValue);
        Duration parsed;
        try {
            parsed = ConfigDurations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(key, "'" + value + "' is not a duration (e.g. PT5M, 5m, 90s)");
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new InvalidConfigException(key, value + " must be positive");
        }
        return parsed;
    }

    private static boolean bool(Map<String, String> raw, String key, String defaultValue) {
        String value = value(raw, key, defaultValue).toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new InvalidConfigException(key, "'" + value + "' is not true or false");
    }
}
