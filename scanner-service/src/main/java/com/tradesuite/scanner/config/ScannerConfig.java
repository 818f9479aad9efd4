package com.tradesuite.scanner.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMin;

import com.tradesuite.domain.protection.ExitLayerKey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The scanner's keys ({@code tradesuite.scanner.*}) with their defaults; a bad value stops startup naming its key. */
@ConfigMapping(prefix = "tradesuite.scanner")
public interface ScannerConfig {

    String PREFIX = "tradesuite.scanner.";
    String SYMBOLS = PREFIX + "symbols";
    String CSV_FILE = PREFIX + "csv-file";
    String CSV_SKIP_BAD_ROWS = PREFIX + "csv-skip-bad-rows";
    String MOMENTUM = PREFIX + "momentum.";
    String MIN_MOMENTUM = MOMENTUM + "min-momentum";
    String FULL_CONFIDENCE_MOMENTUM = MOMENTUM + "full-confidence-momentum";

    /** Tickers to poll, comma separated (case and repeats do not matter). */
    @WithDefault("AAPL,AMD,MSFT,NVDA,SPY,TSLA")
    @Size(min = 1)
    List<@Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9.]{0,9}\\s*", message = "is not a ticker") String> symbols();

    /** Real time between polls. */
    @WithDefault("1s")
    @DurationMin(millis = 1)
    Duration pollInterval();

    /** Bar files or directories replayed instead of the broker's market-data API. */
    @WithName("csv-file")
    Optional<List<String>> csvFiles();

    /** Zone of bar timestamps written without {@code Z} or an offset. */
    @WithDefault("America/New_York")
    ZoneId csvZone();

    /** A string, not a boolean: a typo must stop startup rather than read as false. */
    @WithDefault("false")
    @Pattern(regexp = "(?i)\\s*(true|false)\\s*", message = "must be true or false")
    String csvSkipBadRows();

    /** History bars fetched per symbol that has none on the log. */
    @WithDefault("60")
    @Min(0)
    int warmUpBars();

    /** How far back from the broker's clock the warm-up looks. */
    @WithDefault("P5D")
    @DurationMin(millis = 1)
    Duration backfill();

    /** Alpaca data feed ({@code iex}, {@code sip}); the account's default when unset. */
    Optional<String> feed();

    Momentum momentum();

    /** The market regime each entry signal carries (trading-domain {@code RegimeSettings}). */
    Regime regime();

    @WithName("exit-signal")
    ExitSignal exitSignal();

    /** Momentum reversal exit signals (trading-domain {@code MomentumReversalRule}). */
    interface ExitSignal {

        /** A string, not a boolean: a typo must stop startup rather than read as false. */
        @WithDefault("true")
        @Pattern(regexp = "(?i)\\s*(true|false)\\s*", message = "must be true or false")
        String enabled();

        /** The close is compared with the EMA of this many bars. */
        @WithDefault("9")
        @Min(1)
        @Max(1_000)
        int emaBars();

        /** Momentum is the close now against the close this many bars ago. */
        @WithDefault("3")
        @Min(1)
        @Max(1_000)
        int momentumBars();
    }

    /** The momentum breakout rule (trading-domain {@code MomentumSettings}). */
    interface Momentum {

        @WithDefault("momentum")
        @Pattern(regexp = "[^:\\s][^:]*", message = "must be a non-blank name without ':'")
        String strategy();

        /** Minute or hour bars only: a day bar has no fixed length to end it by. */
        @WithDefault("1Min")
        @Pattern(regexp = "[1-9][0-9]*(Min|T|Hour|H)", message = "must be a minute or hour timeframe like 1Min")
        String timeframe();

        @WithDefault("14")
        @Min(1)
        int atrPeriod();

        @WithDefault("20")
        @Min(1)
        int breakoutBars();

        @WithDefault("5")
        @Min(1)
        int momentumBars();

        @WithDefault("1")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal minMomentum();

        @WithDefault("3")
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal fullConfidenceMomentum();

        @WithDefault(ExitLayerKey.DEFAULT_SIGNAL_STOP_ATR_MULTIPLE)
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal stopAtrMultiple();

        @WithDefault(ExitLayerKey.DEFAULT_SIGNAL_TARGET_ATR_MULTIPLE)
        @DecimalMin(value = "0", inclusive = false)
        BigDecimal targetAtrMultiple();
    }

    /** Trend or range: efficiency ratio and ADX on the index symbol (else on the signal's own symbol). */
    interface Regime {

        /** The symbol whose regime is the market's; it must be among the symbols to be measured. */
        @WithDefault("SPY")
        @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9.]{0,9}\\s*", message = "is not a ticker")
        String indexSymbol();

        /** The efficiency ratio's look-back in bars. */
        @WithDefault("20")
        @Min(2)
        int efficiencyBars();

        /** An efficiency ratio below this (0..1) is ranging. */
        @WithDefault("0.3")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal choppyBelowEfficiency();

        /** Wilder's ADX period in bars. */
        @WithDefault("14")
        @Min(2)
        int adxPeriod();

        /** An ADX at or above this (0..100) is trending whatever the efficiency ratio. */
        @WithDefault("25")
        @DecimalMin("0")
        @DecimalMax("100")
        BigDecimal trendingAdx();
    }
}
