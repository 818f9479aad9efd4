package com.tradesuite.scanner.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.tradesuite.bars.BarFileFormat;
import com.tradesuite.domain.regime.RegimeSettings;
import com.tradesuite.domain.signal.MomentumReversalRule;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.service.InvalidConfigException;

/**
 * What the scanner's plain code takes from {@link ScannerConfig}, checked at startup: a rule over two keys, or a file
 * that cannot be read, stops startup naming the keys.
 */
public final class ScannerSetup {

    private ScannerSetup() {
    }

    /** The configured tickers, upper case, each once, in the order given. */
    public static List<String> symbols(ScannerConfig config) {
        return config.symbols().stream().map(symbol -> symbol.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** The momentum rule; full confidence cannot come below the least momentum that signals. */
    public static MomentumSettings momentum(ScannerConfig config) {
        ScannerConfig.Momentum m = config.momentum();
        if (m.fullConfidenceMomentum().compareTo(m.minMomentum()) < 0) {
            throw new InvalidConfigException(ScannerConfig.FULL_CONFIDENCE_MOMENTUM, m.fullConfidenceMomentum()
                    .toPlainString() + " is below " + ScannerConfig.MIN_MOMENTUM + " ("
                    + m.minMomentum().toPlainString() + ")");
        }
        return new MomentumSettings(m.strategy(), m.timeframe(), m.atrPeriod(), m.breakoutBars(), m.momentumBars(),
                m.minMomentum(), m.fullConfidenceMomentum(), m.stopAtrMultiple(), m.targetAtrMultiple());
    }

    /** How the regime is measured; the index symbol upper case. */
    public static RegimeSettings regime(ScannerConfig config) {
        ScannerConfig.Regime r = config.regime();
        return new RegimeSettings(r.indexSymbol().strip().toUpperCase(Locale.ROOT), r.efficiencyBars(),
                r.choppyBelowEfficiency().doubleValue(), r.adxPeriod(), r.trendingAdx().doubleValue());
    }

    /** The momentum reversal exit rule, or empty when exit signals are switched off. */
    public static Optional<MomentumReversalRule.Settings> exitSignals(ScannerConfig config) {
        ScannerConfig.ExitSignal exit = config.exitSignal();
        if (!Boolean.parseBoolean(exit.enabled().strip())) {
            return Optional.empty();
        }
        return Optional.of(new MomentumReversalRule.Settings(exit.emaBars(), exit.momentumBars()));
    }

    /** The bar timeframe the rule reads, with its length. */
    public static Timeframe timeframe(ScannerConfig config) {
        return Timeframe.parse(config.momentum().timeframe());
    }

    /** The bar files to replay, each readable; empty to poll the broker's market-data API. */
    public static List<Path> csvFiles(ScannerConfig config) {
        List<Path> files = new ArrayList<>();
        for (String entry : config.csvFiles().orElse(List.of())) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.strip());
            if (!Files.isReadable(path)) {
                throw new InvalidConfigException(ScannerConfig.CSV_FILE, "file not readable: " + path);
            }
            files.add(path);
        }
        return List.copyOf(files);
    }

    /** How the bar files are read. */
    public static BarFileFormat csvFormat(ScannerConfig config) {
        return new BarFileFormat(config.csvZone(), Boolean.parseBoolean(config.csvSkipBadRows().strip()));
    }
}
