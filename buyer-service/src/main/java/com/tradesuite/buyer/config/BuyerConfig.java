package com.tradesuite.buyer.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import com.tradesuite.domain.entry.ChoppyRegime;
import com.tradesuite.domain.protection.ExitLayerKey;
import com.tradesuite.schemas.event.OrderType;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The buyer's keys ({@code tradesuite.buyer.*}) with their defaults; a bad value stops startup naming the key.
 * Durations accept ISO-8601 ({@code PT5M}) or a number and unit ({@code 90s}, {@code 5m}, {@code 1h}).
 */
@ConfigMapping(prefix = "tradesuite.buyer")
public interface BuyerConfig {

    /** Equity percent risked per trade at confidence 1. */
    @WithDefault("1")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    BigDecimal riskPercent();

    /** Open positions plus entries in flight allowed at once, account-wide. */
    @WithDefault("5")
    @Min(1)
    int maxOpenPositions();

    /** Realised loss of the New York day, as a percent of the day's starting equity, that stops new entries. */
    @WithDefault("2")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    BigDecimal dailyLossLimitPercent();

    /** The most one position may be worth, as a percent of equity; a bigger risk size is cut down to it. */
    @WithDefault("20")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    BigDecimal maxPositionPercent();

    /**
     * The most open positions, entries in flight and the new entry may be worth together, as a percent of equity
     * (above 100 uses margin; Alpaca allows at most 4x); a bigger size is cut down to the room left.
     */
    @WithDefault("100")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("400")
    BigDecimal maxExposurePercent();

    /** The closest a stop may sit below the entry, as a percent of the entry price; a closer stop is widened. */
    @WithDefault(ExitLayerKey.DEFAULT_MIN_STOP_PERCENT)
    @DecimalMin("0")
    @DecimalMax(value = "100", inclusive = false)
    BigDecimal minStopPercent();

    /** The closest a stop may sit below the entry, in multiples of the signal's ATR; a closer stop is widened. */
    @WithDefault(ExitLayerKey.DEFAULT_MIN_STOP_ATR_MULTIPLE)
    @DecimalMin("0")
    BigDecimal minStopAtrMultiple();

    /**
     * A file of {@code SYMBOL=SECTOR} lines replacing the default sector map (the resource
     * {@code sector-map.properties}); a line it cannot read stops startup naming the key and the line.
     */
    Optional<String> sectorMapFile();

    /** Open positions plus entries in flight allowed at once in one sector (UNKNOWN counts as one). */
    @WithDefault("3")
    @Min(1)
    int maxSectorPositions();

    /** The most one sector's positions, entries in flight and the new entry may be worth, as a percent of equity. */
    @WithDefault("40")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("400")
    BigDecimal maxSectorExposurePercent();

    /** The highest Pearson correlation of bar returns a new entry may have with any open position. */
    @WithDefault("0.8")
    @DecimalMin(value = "-1", inclusive = false)
    @DecimalMax("1")
    BigDecimal maxCorrelation();

    /** Bar returns kept per symbol for the correlation (one-minute bars). */
    @WithDefault("60")
    @Min(2)
    @Max(10000)
    int correlationWindow();

    /** Overlapping bars a pair needs before its correlation is judged; fewer, and the entry is allowed. */
    @WithDefault("20")
    @Min(2)
    int correlationMinBars();

    /** What a signal measured in a CHOPPY market does: reduce (half the risk), block (decline) or ignore. */
    @WithDefault("reduce")
    ChoppyRegime choppyRegime();

    @WithDefault("limit")
    EntryType entryType();

    /** Market time after which a working entry is cancelled. */
    @WithDefault("PT5M")
    @DurationMin(nanos = 0, inclusive = false, message = "must be positive")
    Duration entryTimeout();

    /** Market time minus the signal's bar time beyond which a signal is declined as stale. */
    @WithDefault("PT2M")
    @DurationMin(nanos = 0, inclusive = false, message = "must be positive")
    Duration maxSignalAge();

    /**
     * Our halt switch. Only true or false: the lenient boolean conversion would read a typo as false, not halted.
     */
    @WithDefault("false")
    @Pattern(regexp = "true|false", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be true or false")
    String halted();

    /**
     * The seller's cooldown length (SELLER_COOLDOWN_LENGTH sets both): a signal right after a losing exit waits at
     * most this long for its cooldown.
     */
    @WithDefault("30m")
    @DurationMin(minutes = 1)
    @DurationMax(days = 7)
    Duration cooldownLength();

    /** The two entry order types the buyer sends. */
    enum EntryType {
        LIMIT(OrderType.LIMIT),
        MARKET(OrderType.MARKET);

        private final OrderType orderType;

        EntryType(OrderType orderType) {
            this.orderType = orderType;
        }

        public OrderType orderType() {
            return orderType;
        }
    }
}
