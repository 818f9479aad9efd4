package com.tradesuite.paperexchange;

import com.tradesuite.bars.BarFileFormat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a paper exchange needs to start; {@link #validate()} rejects unusable values naming the key.
 *
 * @param host                     interface to bind (default 127.0.0.1)
 * @param port                     TCP port; 0 picks a free port
 * @param symbols                  tradable symbols priced by the synthetic generator (ignored with a CSV file)
 * @param seed                     seed of the synthetic price generator and of ids; same seed, same run
 * @param speedUp                  simulated seconds per real second; 0 means the clock only moves when told
 * @param startingCash             account cash at start
 * @param csvFiles                 bar files or directories of them (read by bar-files' BarFileReader) replacing the
 *                                 generator; empty = generated prices
 * @param csvZone                  zone of bar timestamps written without an offset (default America/New_York)
 * @param skipBadRows              true: bad rows of the bar files are counted and skipped instead of stopping startup
 * @param extendedHours            true: bars outside 09:30-16:00 New York are played too (only extended-hours orders
 *                                 trade on them); false: they are skipped
 * @param sessionStart             simulated start instant; null means the most recent weekday 09:30 New York
 * @param historyBars              1-minute bars generated before the session start (indicator warm-up)
 * @param apiKeyId                 expected APCA-API-KEY-ID; null accepts any non-blank value
 * @param apiSecretKey             expected APCA-API-SECRET-KEY; null accepts any non-blank value
 * @param rateLimitPerMinute       requests per minute per key before HTTP 429
 * @param maxFillQtyPerBar         liquidity per order per bar (partial fills); null means unlimited
 * @param replacesSettleOnNextBar  true: a replace stays pending until the next bar, so a fill can win the race
 */
public record PaperExchangeConfig(
        String host,
        int port,
        List<String> symbols,
        long seed,
        double speedUp,
        BigDecimal startingCash,
        List<Path> csvFiles,
        ZoneId csvZone,
        boolean skipBadRows,
        boolean extendedHours,
        Instant sessionStart,
        int historyBars,
        String apiKeyId,
        String apiSecretKey,
        int rateLimitPerMinute,
        BigDecimal maxFillQtyPerBar,
        boolean replacesSettleOnNextBar) {

    /** The fixed port of the standalone application. */
    public static final int DEFAULT_PORT = 8089;
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final List<String> DEFAULT_SYMBOLS = List.of("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA");

    public PaperExchangeConfig {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
        csvFiles = csvFiles == null ? List.of() : List.copyOf(csvFiles);
        csvZone = csvZone == null ? BarFileFormat.DEFAULT_ZONE : csvZone;
    }

    /** True when prices come from bar files rather than the generator. */
    public boolean replaysFiles() {
        return !csvFiles.isEmpty();
    }

    /** How the bar files are read. */
    public BarFileFormat barFileFormat() {
        return new BarFileFormat(csvZone, skipBadRows);
    }

    /** Defaults for an in-process test server: free port, manual clock, seed 42, $100,000. */
    public static PaperExchangeConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .host(host).port(port).symbols(symbols).seed(seed).speedUp(speedUp)
                .startingCash(startingCash).csvFiles(csvFiles).csvZone(csvZone).skipBadRows(skipBadRows)
                .extendedHours(extendedHours).sessionStart(sessionStart)
                .historyBars(historyBars).apiKeyId(apiKeyId).apiSecretKey(apiSecretKey)
                .rateLimitPerMinute(rateLimitPerMinute).maxFillQtyPerBar(maxFillQtyPerBar)
                .replacesSettleOnNextBar(replacesSettleOnNextBar);
    }

    /** The session start to use: the configured one, or the most recent weekday 09:30 New York before today. */
    public Instant effectiveSessionStart() {
        if (sessionStart != null) {
            return sessionStart;
        }
        LocalDate day = LocalDate.now(NEW_YORK).minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toInstant();
    }

    /** Throws {@link InvalidConfigException} naming the first unusable key (keys as in application.properties). */
    public PaperExchangeConfig validate() {
        require(host != null && !host.isBlank(), "paper-exchange.host", "must not be blank");
        require(port >= 0 && port <= 65535, "quarkus.http.port", "must be between 0 and 65535, was " + port);
        require(replaysFiles() || !symbols.isEmpty(), "paper-exchange.symbols", "must list at least one symbol");
        for (String symbol : symbols) {
            require(symbol != null && symbol.matches("[A-Z][A-Z0-9.]{0,9}"), "paper-exchange.symbols",
                    "'" + symbol + "' is not an upper-case ticker");
        }
        require(speedUp >= 0 && Double.isFinite(speedUp), "paper-exchange.speed-up", "must be >= 0, was " + speedUp);
        require(startingCash != null && startingCash.signum() >= 0, "paper-exchange.starting-cash",
                "must be a non-negative amount");
        for (Path csv : csvFiles) {
            require(Files.isReadable(csv), "paper-exchange.csv-file", "file not readable: " + csv);
        }
        require(historyBars >= 0, "paper-exchange.history-bars", "must be >= 0");
        require(rateLimitPerMinute > 0, "paper-exchange.rate-limit-per-minute", "must be > 0");
        require(maxFillQtyPerBar == null || maxFillQtyPerBar.signum() > 0, "paper-exchange.max-fill-qty-per-bar",
                "must be > 0 when set");
        return this;
    }

    private static void require(boolean ok, String key, String problem) {
        if (!ok) {
            throw new InvalidConfigException(key, problem);
        }
    }

    /** Fluent builder; every setter has a sensible default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private List<String> symbols = DEFAULT_SYMBOLS;
        private long seed = 42L;
        private double speedUp = 0;
        private BigDecimal startingCash = new BigDecimal("100000");
        private List<Path> csvFiles = List.of();
        private ZoneId csvZone = BarFileFormat.DEFAULT_ZONE;
        private boolean skipBadRows;
        private boolean extendedHours;
        private Instant sessionStart;
        private int historyBars = 390;
        private String apiKeyId;
        private String apiSecretKey;
        private int rateLimitPerMinute = 200;
        private BigDecimal maxFillQtyPerBar;
        private boolean replacesSettleOnNextBar;

        public Builder host(String value) { this.host = value; return this; }
        public Builder port(int value) { this.port = value; return this; }
        public Builder symbols(List<String> value) { this.symbols = value; return this; }
        public Builder symbols(String... value) { this.symbols = List.of(value); return this; }
        public Builder seed(long value) { this.seed = value; return this; }
        public Builder speedUp(double value) { this.speedUp = value; return this; }
        public Builder startingCash(BigDecimal value) { this.startingCash = value; return this; }
        public Builder csvFile(Path value) { this.csvFiles = value == null ? List.of() : List.of(value); return this; }
        public Builder csvFiles(List<Path> value) { this.csvFiles = value; return this; }
        public Builder csvZone(ZoneId value) { this.csvZone = value; return this; }
        public Builder skipBadRows(boolean value) { this.skipBadRows = value; return this; }
        public Builder extendedHours(boolean value) { this.extendedHours = value; return this; }
        public Builder sessionStart(Instant value) { this.sessionStart = value; return this; }
        public Builder historyBars(int value) { this.historyBars = value; return this; }
        public Builder apiKeyId(String value) { this.apiKeyId = value; return this; }
        public Builder apiSecretKey(String value) { this.apiSecretKey = value; return this; }
        public Builder rateLimitPerMinute(int value) { this.rateLimitPerMinute = value; return this; }
        public Builder maxFillQtyPerBar(BigDecimal value) { this.maxFillQtyPerBar = value; return this; }
        public Builder replacesSettleOnNextBar(boolean value) { this.replacesSettleOnNextBar = value; return this; }

        public PaperExchangeConfig build() {
            return new PaperExchangeConfig(host, port, Objects.requireNonNullElse(symbols, List.of()), seed, speedUp,
                    startingCash, csvFiles, csvZone, skipBadRows, extendedHours, sessionStart, historyBars, apiKeyId, apiSecretKey, rateLimitPerMinute,
                    maxFillQtyPerBar, replacesSettleOnNextBar);
        }
    }
}
