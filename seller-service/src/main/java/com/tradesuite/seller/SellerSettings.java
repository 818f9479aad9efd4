package com.tradesuite.seller;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Function;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.service.InvalidConfigException;

/**
 * The seller's tuning, parsed once at startup; a missing or unusable value stops startup naming its key.
 *
 * @param timeframe the bar timeframe the trailing stop reads (other bars are ignored)
 * @param atrPeriod Wilder ATR period in bars
 * @param atrMultiple the stop trails this many ATRs below the highest close
 * @param minStep the smallest raise worth a broker replace
 * @param cooldown how long a losing exit keeps the buyer out of the symbol
 * @param intentGrace how long an in-flight intent of an equal or higher layer holds the seller back
 * @param replaceWindow how long an in-flight intent of a lower layer holds the seller back
 * @param momentum how momentum over the last bars tightens or extends the trail
 */
public record SellerSettings(String timeframe, int atrPeriod, BigDecimal atrMultiple, BigDecimal minStep,
                             Duration cooldown, Duration intentGrace, Duration replaceWindow,
                             MomentumTrail momentum) {

    public static final String TIMEFRAME = "seller.bars.timeframe";
    public static final String ATR_PERIOD = "seller.trailing.atr-period";
    public static final String ATR_MULTIPLE = "seller.trailing.atr-multiple";
    public static final String MIN_STEP = "seller.trailing.min-step";
    public static final String COOLDOWN_MINUTES = "seller.cooldown.minutes";
    public static final String INTENT_GRACE_SECONDS = "seller.arbiter.intent-grace-seconds";
    public static final String REPLACE_WINDOW_SECONDS = "seller.arbiter.replace-window-seconds";
    public static final String MOMENTUM_LOOKBACK = "seller.momentum.lookback-bars";
    public static final String MOMENTUM_STRONG_MOVE = "seller.momentum.strong-move-atr";
    public static final String MOMENTUM_TIGHTEN = "seller.momentum.tighten-factor";
    public static final String MOMENTUM_EXTEND = "seller.momentum.extend-factor";

    /** Reads every key through {@code lookup} (null = missing) and validates it. */
    public static SellerSettings parse(Function<String, String> lookup) {
        String timeframe = required(lookup, TIMEFRAME);
        int atrPeriod = (int) wholeNumber(lookup, ATR_PERIOD, 1, 10_000);
        BigDecimal atrMultiple = decimal(lookup, ATR_MULTIPLE);
        if (atrMultiple.signum() <= 0) {
            throw new InvalidConfigException(ATR_MULTIPLE, "must be positive, was " + atrMultiple.toPlainString());
        }
        BigDecimal minStep = decimal(lookup, MIN_STEP);
        if (minStep.signum() < 0) {
            throw new InvalidConfigException(MIN_STEP, "must not be negative, was " + minStep.toPlainString());
        }
        Duration cooldown = Duration.ofMinutes(wholeNumber(lookup, COOLDOWN_MINUTES, 1, 7L * 24 * 60));
        Duration grace = Duration.ofSeconds(wholeNumber(lookup, INTENT_GRACE_SECONDS, 0, 24L * 3600));
        Duration window = Duration.ofSeconds(wholeNumber(lookup, REPLACE_WINDOW_SECONDS, 0, 3600));
        return new SellerSettings(timeframe, atrPeriod, atrMultiple, minStep, cooldown, grace, window,
                momentum(lookup));
    }

    private static MomentumTrail momentum(Function<String, String> lookup) {
        int lookback = (int) wholeNumber(lookup, MOMENTUM_LOOKBACK, 1, 1_000);
        BigDecimal strongMove = decimal(lookup, MOMENTUM_STRONG_MOVE);
        if (strongMove.signum() <= 0) {
            throw new InvalidConfigException(MOMENTUM_STRONG_MOVE, "must be positive, was " + strongMove.toPlainString());
        }
        BigDecimal tighten = decimal(lookup, MOMENTUM_TIGHTEN);
        if (tighten.signum() <= 0 || tighten.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidConfigException(MOMENTUM_TIGHTEN, "must be above 0 and at most 1 (1 = never tighten), was "
                    + tighten.toPlainString());
        }
        BigDecimal extend = decimal(lookup, MOMENTUM_EXTEND);
        if (extend.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidConfigException(MOMENTUM_EXTEND, "must be at least 1 (1 = never extend), was "
                    + extend.toPlainString());
        }
        return new MomentumTrail(lookback, strongMove, tighten, extend);
    }

    private static String required(Function<String, String> lookup, String key) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(key, "is required");
        }
        return value.trim();
    }

    private static long wholeNumber(Function<String, String> lookup, String key, long min, long max) {
        String text = required(lookup, key);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "must be a whole number, was '" + text + "'");
        }
        if (value < min || value > max) {
            throw new InvalidConfigException(key, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    private static BigDecimal decimal(Function<String, String> lookup, String key) {
        String text = required(lookup, key);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "must be a decimal number, was '" + text + "'");
        }
    }
}
