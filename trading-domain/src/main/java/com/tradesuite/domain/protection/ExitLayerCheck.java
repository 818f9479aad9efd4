package com.tradesuite.domain.protection;

import static com.tradesuite.domain.protection.ExitLayerKey.BUYER_MIN_STOP_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.BUYER_MIN_STOP_PERCENT;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_HARD_STOP_FRACTION;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_HARD_STOP_R;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_REWARD_TO_RISK;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_SOFT_STOP_FRACTION;
import static com.tradesuite.domain.protection.ExitLayerKey.SCANNER_STOP_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SCANNER_TARGET_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_PARTIAL_R_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_TIGHTEN_FACTOR;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_TRAILING_ATR_MULTIPLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exit layers' settings must nest: hard stop beyond the soft stop and the entry's minimum stop, trail at least the
 * entry's minimum stop, take-profit at least one risk above the entry, partial profit before the take-profit; a
 * violation names every key involved, a doubtful gap is a warning.
 */
public final class ExitLayerCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A hard stop closer than this many risks to the stop may be tripped by an ordinary stop fill's slippage. */
    private static final BigDecimal HARD_STOP_SLIPPAGE_ROOM_R = new BigDecimal("1.5");

    private ExitLayerCheck() {
    }

    /** One broken rule: the keys involved and what is wrong. */
    public record Violation(List<ExitLayerKey> keys, String message) {

        /** The keys' names, comma separated, for the exception. */
        public String keyNames() {
            return keys.stream().map(ExitLayerKey::key).collect(Collectors.joining(", "));
        }
    }

    /** The rules' verdict: violations stop startup, warnings are logged. */
    public record Result(List<Violation> violations, List<String> warnings) {
    }

    public static Result check(ExitLayerSettings s) {
        List<Violation> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        hardStopBeyondSoftStop(s, violations, warnings);
        trailAtLeastTheMinimumStop(s, violations, warnings);
        takeProfitAboveTheStop(s, violations);
        partialBeforeTheTakeProfit(s, violations, warnings);
        return new Result(List.copyOf(violations), List.copyOf(warnings));
    }

    /** Hard stop wider than the soft stop (the re-protection default) and than the entry's minimum stop. */
    static void hardStopBeyondSoftStop(ExitLayerSettings s, List<Violation> violations, List<String> warnings) {
        BigDecimal hard = s.get(RISK_HARD_STOP_FRACTION);
        if (hard.compareTo(s.get(RISK_SOFT_STOP_FRACTION)) <= 0) {
            violations.add(new Violation(List.of(RISK_HARD_STOP_FRACTION, RISK_SOFT_STOP_FRACTION), "the hard stop ("
                    + percent(hard) + " below the entry) must be wider than the soft stop (" + percent(
                    s.get(RISK_SOFT_STOP_FRACTION)) + ")"));
        }
        BigDecimal minStop = s.get(BUYER_MIN_STOP_PERCENT).divide(HUNDRED);
        if (hard.compareTo(minStop) <= 0) {
            violations.add(new Violation(List.of(RISK_HARD_STOP_FRACTION, BUYER_MIN_STOP_PERCENT), "the hard stop ("
                    + percent(hard) + ") must be wider than the entry's minimum stop (" + percent(minStop)
                    + "): a stop widened to the minimum would lie beyond the hard stop"));
        }
        if (s.get(RISK_HARD_STOP_R).compareTo(HARD_STOP_SLIPPAGE_ROOM_R) < 0) {
            warnings.add(RISK_HARD_STOP_R.key() + " = " + plain(s.get(RISK_HARD_STOP_R)) + ": the hard stop is less"
                    + " than " + plain(HARD_STOP_SLIPPAGE_ROOM_R) + "R from the entry, within half a risk of the stop;"
                    + " an ordinary stop fill with slippage may trip the emergency exit");
        }
    }

    /** The seller's trail at least as wide as the entry's minimum stop (else it stops out on the noise it skipped). */
    static void trailAtLeastTheMinimumStop(ExitLayerSettings s, List<Violation> violations, List<String> warnings) {
        BigDecimal trail = s.get(SELLER_TRAILING_ATR_MULTIPLE);
        BigDecimal minimum = s.get(BUYER_MIN_STOP_ATR_MULTIPLE);
        if (trail.compareTo(minimum) < 0) {
            violations.add(new Violation(List.of(SELLER_TRAILING_ATR_MULTIPLE, BUYER_MIN_STOP_ATR_MULTIPLE),
                    "the trailing stop (" + plain(trail) + " ATR) must be at least the entry's minimum stop ("
                            + plain(minimum) + " ATR)"));
            return;
        }
        BigDecimal tightened = trail.multiply(s.get(SELLER_TIGHTEN_FACTOR));
        if (tightened.compareTo(minimum) < 0) {
            warnings.add(SELLER_TRAILING_ATR_MULTIPLE.key() + " x " + SELLER_TIGHTEN_FACTOR.key() + " = "
                    + plain(tightened) + " ATR: when momentum fades the trail is tighter than the entry's minimum stop"
                    + " (" + BUYER_MIN_STOP_ATR_MULTIPLE.key() + " = " + plain(minimum) + " ATR)");
        }
    }

    /** The take-profit at least one risk above the entry, for entries (the signal's) and re-protections. */
    static void takeProfitAboveTheStop(ExitLayerSettings s, List<Violation> violations) {
        if (s.get(SCANNER_TARGET_ATR_MULTIPLE).compareTo(s.get(SCANNER_STOP_ATR_MULTIPLE)) < 0) {
            violations.add(new Violation(List.of(SCANNER_TARGET_ATR_MULTIPLE, SCANNER_STOP_ATR_MULTIPLE),
                    "the signal's target (" + plain(s.get(SCANNER_TARGET_ATR_MULTIPLE)) + " ATR) must be at least as"
                            + " far above the entry as its stop is below (" + plain(s.get(SCANNER_STOP_ATR_MULTIPLE))
                            + " ATR)"));
        }
        if (s.get(RISK_REWARD_TO_RISK).compareTo(BigDecimal.ONE) < 0) {
            violations.add(new Violation(List.of(RISK_REWARD_TO_RISK), "a re-protection's take-profit at "
                    + plain(s.get(RISK_REWARD_TO_RISK)) + "R is nearer the entry than its stop (at least 1R)"));
        }
    }

    /** The partial profit's R below the take-profit's R: at or above it the take-profit sells everything first. */
    static void partialBeforeTheTakeProfit(ExitLayerSettings s, List<Violation> violations, List<String> warnings) {
        BigDecimal partial = s.get(SELLER_PARTIAL_R_MULTIPLE);
        BigDecimal signalR = s.get(SCANNER_TARGET_ATR_MULTIPLE).divide(s.get(SCANNER_STOP_ATR_MULTIPLE),
                MathContext.DECIMAL64);
        checkPartial(partial, signalR, List.of(SELLER_PARTIAL_R_MULTIPLE, SCANNER_TARGET_ATR_MULTIPLE,
                SCANNER_STOP_ATR_MULTIPLE), "the signal's take-profit", violations, warnings);
        checkPartial(partial, s.get(RISK_REWARD_TO_RISK), List.of(SELLER_PARTIAL_R_MULTIPLE, RISK_REWARD_TO_RISK),
                "a re-protection's take-profit", violations, warnings);
    }

    private static void checkPartial(BigDecimal partial, BigDecimal takeProfitR, List<ExitLayerKey> keys, String what,
                                     List<Violation> violations, List<String> warnings) {
        int order = partial.compareTo(takeProfitR);
        if (order > 0) {
            violations.add(new Violation(keys, "the partial profit at " + plain(partial) + "R can never come before "
                    + what + " at " + plain(takeProfitR) + "R, which sells the whole position"));
        } else if (order == 0) {
            warnings.add(keys.get(0).key() + " = " + plain(partial) + "R is the same R as " + what + " ("
                    + keys.subList(1, keys.size()).stream().map(ExitLayerKey::key).collect(Collectors.joining(", "))
                    + "): the partial sale races the take-profit at the same price");
        }
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED)) + "%";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
