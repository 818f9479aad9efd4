package com.tradesuite.scanner;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tradesuite.bars.BarFileFormat;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.service.InvalidConfigException;

/**
 * The scanner's configuration, validated so that a bad value stops startup with a message naming its key.
 *
 * @param csvFiles replay these bar files (or directories of them) instead of polling the broker's market-data API
 * @param csvFormat how the bar files are read (zone of local timestamps, skipping bad rows)
 * @param warmUpBars bars per symbol fetched before the first live bar to warm the indicators (history, never signalled)
 * @param backfill how far before the broker's clock the warm-up fetch looks
 * @param feed the Alpaca data feed (iex, sip), or null for the account's default
 */
public record ScannerSettings(List<String> symbols, Duration pollInterval, List<Path> csvFiles,
                              BarFileFormat csvFormat, int warmUpBars, Duration backfill, String feed,
                              MomentumSettings momentum, Duration barLength) {

    public static final String PREFIX = "tradesuite.scanner.";
    public static final String SYMBOLS = PREFIX + "symbols";
    public static final String POLL_INTERVAL = PREFIX + "poll-interval";
    public static final String CSV_FILE = PREFIX + "csv-file";
    public static final String CSV_ZONE = PREFIX + "csv-zone";
    public static final String CSV_SKIP_BAD_ROWS = PREFIX + "csv-skip-bad-rows";
    public static final String WARM_UP_BARS = PREFIX + "warm-up-bars";
    public static final String BACKFILL = PREFIX + "backfill";
    public static final String FEED = PREFIX + "feed";
    public static final String MOMENTUM = PREFIX + "momentum.";

    public static final String DEFAULT_SYMBOLS = "AAPL,AMD,MSFT,NVDA,SPY,TSLA";
    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9.]{0,9}");
    private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]+)(ms|s|m|h)");

    public ScannerSettings {
        symbols = List.copyOf(symbols);
        csvFiles = List.copyOf(csvFiles);
    }

    /** Reads every key through {@code config}; missing keys take their defaults. */
    public static ScannerSettings from(Function<String, Optional<String>> config) {
        List<String> symbols = symbols(config.apply(SYMBOLS).orElse(DEFAULT_SYMBOLS));
        Duration poll = duration(config, POLL_INTERVAL, "1s");
        if (poll.isZero() || poll.isNegative()) {
            throw new InvalidConfigException(POLL_INTERVAL, "must be positive, was " + poll);
        }
        List<Path> csv = new ArrayList<>();
        for (String part : config.apply(CSV_FILE).orElse("").split(",")) {
            if (!part.isBlank()) {
                Path path = Path.of(part.strip());
                if (!Files.isReadable(path)) {
                    throw new InvalidConfigException(CSV_FILE, "file not readable: " + path);
                }
                csv.add(path);
            }
        }
        BarFileFormat csvFormat = new BarFileFormat(zone(config), bool(config, CSV_SKIP_BAD_ROWS));
        int warmUp = integer(config, WARM_UP_BARS, "60", 0);
        Duration backfill = duration(config, BACKFILL, "P5D");
        String feed = config.apply(FEED).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        MomentumSettings momentum = momentum(config);
        Duration barLength = Timeframes.length(momentum.timeframe()).orElseThrow(() -> new InvalidConfigException(
                MOMENTUM + "timeframe", "'" + momentum.timeframe() + "' is not a minute or hour timeframe like 1Min"));
        return new ScannerSettings(symbols, poll, csv, csvFormat, warmUp, backfill, feed, momentum, barLength);
    }

    private static ZoneId zone(Function<String, Optional<String>> config) {
        Optional<String> raw = config.apply(CSV_ZONE).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return raw.map(ZoneId::of).orElse(BarFileFormat.DEFAULT_ZONE);
        } catch (DateTimeException e) {
            throw new InvalidConfigException(CSV_ZONE, "'" + raw.get() + "' is not a time zone (e.g."
                    + " America/New_York, UTC)");
        }
    }

    private static boolean bool(Function<String, Optional<String>> config, String key) {
        String raw = config.apply(key).map(String::strip).filter(s -> !s.isEmpty()).orElse("false");
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new InvalidConfigException(key, "'" + raw + "' is not true or false");
        }
        return Boolean.parseBoolean(raw);
    }

    private static MomentumSettings momentum(Function<String, Optional<String>> config) {
        MomentumSettings d = MomentumSettings.defaults();
        String strategy = config.apply(MOMENTUM + "strategy").map(String::strip).orElse(d.strategy());
        if (strategy.isEmpty() || strategy.contains(":")) {
            throw new InvalidConfigException(MOMENTUM + "strategy", "must be a non-blank name without ':'");
        }
        String timeframe = config.apply(MOMENTUM + "timeframe").map(String::strip).orElse(d.timeframe());
        try {
            return new MomentumSettings(strategy, timeframe,
                    integer(config, MOMENTUM + "atr-period", String.valueOf(d.atrPeriod()), 1),
                    integer(config, MOMENTUM + "breakout-bars", String.valueOf(d.breakoutBars()), 1),
                    integer(config, MOMENTUM + "momentum-bars", String.valueOf(d.momentumBars()), 1),
                    decimal(config, MOMENTUM + "min-momentum", d.minMomentum()),
                    decimal(config, MOMENTUM + "full-confidence-momentum", d.fullConfidenceMomentum()),
                    decimal(config, MOMENTUM + "stop-atr-multiple", d.stopAtrMultiple()),
                    decimal(config, MOMENTUM + "target-atr-multiple", d.targetAtrMultiple()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(MOMENTUM + "*", e.getMessage());
        }
    }

    static List<String> symbols(String raw) {
        List<String> symbols = new ArrayList<>();
        for (String part : raw.split(",")) {
            String symbol = part.strip().toUpperCase(Locale.ROOT);
            if (symbol.isEmpty()) {
                continue;
            }
            if (!TICKER.matcher(symbol).matches()) {
                throw new InvalidConfigException(SYMBOLS, "'" + part.strip() + "' is not a ticker");
            }
            if (!symbols.contains(symbol)) {
                symbols.add(symbol);
            }
        }
        if (symbols.isEmpty()) {
            throw new InvalidConfigException(SYMBOLS, "must list at least one symbol");
        }
        return symbols;
    }

    /** ISO-8601 ({@code PT1S}, {@code P5D}) or short ({@code 500ms}, {@code 1s}, {@code 2m}, {@code 1h}). */
    static Duration duration(Function<String, Optional<String>> config, String key, String defaultValue) {
        String raw = config.apply(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(defaultValue);
        Matcher shortForm = SHORT_DURATION.matcher(raw);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigException(key, "'" + raw + "' is not a duration (e.g. 1s, 500ms, PT1S, P5D)");
        }
    }

    private static int integer(Function<String, Optional<String>> config, String key, String defaultValue, int min) {
        String raw = config.apply(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(defaultValue);
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + raw + "' is not a whole number");
        }
        if (value < min) {
            throw new InvalidConfigException(key, "must be >= " + min + ", was " + value);
        }
        return value;
    }

    private static BigDecimal decimal(Function<String, Optional<String>> config, String key, BigDecimal fallback) {
        Optional<String> raw = config.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return new BigDecimal(raw.get());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + raw.get() + "' is not a number");
        }
    }
}
