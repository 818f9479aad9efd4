package com.tradesuite.risk.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMin;

import com.tradesuite.domain.protection.ProtectionPolicy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

/**
 * The risk manager's settings ({@code tradesuite.risk.*}): a value out of range stops startup naming its key, and
 * rules between two keys are checked by {@link RiskConfigCheck}. Durations: {@code 500ms}, {@code 2s}, {@code 1m}
 * or ISO-8601 ({@code PT2S}).
 */
@ConfigMapping(prefix = "tradesuite.risk")
public interface RiskConfig {

    String PREFIX = "tradesuite.risk.";

    Audit audit();

    Protection protection();

    Cancel cancel();

    Shutdown shutdown();

    Reconcile reconcile();

    Fallback fallback();

    @WithName("hard-stop")
    HardStop hardStop();

    @WithName("loss-limits")
    LossLimits lossLimits();

    /**
     * The bearer token {@code POST /trading-state} requires ({@code TRADESUITE_OPERATOR_TOKEN}); unset: the endpoint
     * refuses every change with 503. Never logged.
     */
    @WithName("operator-token")
    Optional<String> operatorToken();

    /** The protection audit's policy (grace, replace window, entry fill grace, default stop, target, backoff). */
    default ProtectionPolicy protectionPolicy() {
        Protection p = protection();
        return new ProtectionPolicy(p.grace(), p.replaceWindow(), p.entryFillGrace(), p.defaultStopFraction(),
                p.rewardToRisk(), p.reprotectBackoff(), p.reprotectBackoffMax(), p.partialGrace());
    }

    interface Audit {

        /** Real-time period of the protection audit timer. */
        @WithDefault("1s")
        @DurationMin(millis = 50)
        Duration interval();

        /** Real-time delay between an order/fill event and the audit it triggers (lets both topics fold). */
        @WithDefault("300ms")
        @DurationMin(millis = 0)
        Duration debounce();
    }

    interface Protection {

        /** How long an in-flight intent of an equal or higher layer holds the audit back. */
        @WithDefault("10s")
        @DurationMin(millis = 0)
        Duration grace();

        /** How long a lower layer's in-flight intent (a bracket replace) holds it back. */
        @WithDefault("2s")
        @DurationMin(millis = 0)
        Duration replaceWindow();

        /** How long a partially filled entry may keep filling before its filled shares get their own OCO. */
        @WithDefault("500ms")
        @DurationMin(millis = 0)
        Duration entryFillGrace();

        /** Stop distance below the average entry when the entry's stop is unknown. */
        @WithDefault("0.02")
        @Positive
        @DecimalMax(value = "1", inclusive = false)
        BigDecimal defaultStopFraction();

        /** Take-profit distance in stop distances when the entry's target is unknown. */
        @WithDefault("2")
        @Positive
        BigDecimal rewardToRisk();

        /** Wait after a refused re-protection before the next attempt; doubles per consecutive refusal. */
        @WithDefault("2s")
        @DurationMin(millis = 100)
        Duration reprotectBackoff();

        /** The longest wait between two re-protection attempts (not below the backoff). */
        @WithDefault("2m")
        @DurationMin(millis = 100)
        Duration reprotectBackoffMax();

        /**
         * How long the seller's unfinished partial-profit plan holds the audit back (its legs are canceled and the
         * part sold on purpose); after that the audit re-protects as usual.
         */
        @WithDefault("10s")
        @DurationMin(millis = 0)
        Duration partialGrace();
    }

    interface Cancel {

        /** Real-time deadline for the broker to confirm the cancels a plan needs. */
        @WithDefault("10s")
        @DurationMin(millis = 100)
        Duration timeout();
    }

    interface Shutdown {

        /** How long a stopping instance lets its plan in flight finish before it leaves. */
        @WithDefault("15s")
        @DurationMin(millis = 0)
        Duration timeout();
    }

    interface Reconcile {

        /** Real-time period of the reconciliation with the broker's positions and open orders. */
        @WithDefault("60s")
        @DurationMin(seconds = 1)
        Duration interval();

        /** Real time a difference must persist (read twice) before a fact corrects it; below the interval. */
        @WithDefault("2s")
        @DurationMin(millis = 0)
        Duration confirmDelay();
    }

    interface Fallback {

        /** Market time the stop gets to fire once price is through it, before the fallback exit. */
        @WithDefault("30s")
        @DurationMin(millis = 0)
        Duration grace();
    }

    interface HardStop {

        /** The emergency hard stop in multiples of the initial risk: wider than the soft stop, so above 1. */
        @WithDefault("2")
        @DecimalMin(value = "1", inclusive = false)
        BigDecimal maxLossR();

        /** The hard stop as a fraction of the entry when the risk is unknown. */
        @WithDefault("0.05")
        @Positive
        @DecimalMax(value = "1", inclusive = false)
        BigDecimal maxLossFraction();
    }

    /** The account-wide loss rules that set the trading state (applied by the instance owning partition 0). */
    interface LossLimits {

        /** Day loss (realised + unrealised) as % of the day's starting equity that halts entries for the day. */
        @WithDefault("2")
        @Positive
        @DecimalMax("100")
        BigDecimal dailyLossPercent();

        /** Equity drop from its peak, in %, that halts entries until an operator resumes. */
        @WithDefault("10")
        @Positive
        @DecimalMax("100")
        BigDecimal maxDrawdownPercent();

        /**
         * The wall-clock fallback: the rules are applied (one account read) at each new bar of market time, and by a
         * timer only when no check ran for this long (no bars: a quiet live market, closed hours).
         */
        @WithDefault("30s")
        @DurationMin(seconds = 1)
        Duration interval();
    }
}
