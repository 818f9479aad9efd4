package com.tradesuite.paperexchange.market;

import com.tradesuite.bars.BarFileReader;
import com.tradesuite.bars.BarFiles;
import com.tradesuite.bars.FileBar;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.core.MarketCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Replays bar files read by bar-files' {@link BarFileReader}; bars outside regular hours (09:30-16:00 New York) are
 * dropped unless extended hours are on. Minutes without a bar simply have none.
 */
public final class CsvBarSource implements BarSource {

    private final NavigableMap<Instant, List<Bar>> barsByStart = new TreeMap<>();
    private final List<String> symbols;
    private final long badRowsSkipped;

    public CsvBarSource(List<Bar> bars) {
        this(bars, 0);
    }

    private CsvBarSource(List<Bar> bars, long badRowsSkipped) {
        TreeSet<String> names = new TreeSet<>();
        for (Bar bar : bars) {
            barsByStart.computeIfAbsent(bar.start(), k -> new ArrayList<>()).add(bar);
            names.add(bar.symbol());
        }
        barsByStart.values().forEach(list -> list.sort((a, b) -> a.symbol().compareTo(b.symbol())));
        this.symbols = List.copyOf(names);
        this.badRowsSkipped = badRowsSkipped;
    }

    /**
     * Reads the config's bar files.
     *
     * @throws IllegalArgumentException naming file and line for a bad row (unless skipped), or when no bar is left
     */
    public static CsvBarSource read(PaperExchangeConfig config, MarketCalendar calendar) {
        BarFiles files = BarFileReader.read(config.csvFiles(), config.barFileFormat());
        List<Bar> bars = new ArrayList<>();
        for (FileBar bar : files.bars()) {
            if (config.extendedHours() || calendar.isOpen(bar.start())) {
                bars.add(toBar(bar));
            }
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException(config.csvFiles() + " hold no bar in regular hours (09:30-16:00"
                    + " New York); their first bar starts " + files.firstStart() + " (extended hours play them all)");
        }
        return new CsvBarSource(bars, files.badRowCount());
    }

    private static Bar toBar(FileBar bar) {
        BigDecimal vwap = bar.high().add(bar.low()).add(bar.close()).divide(BigDecimal.valueOf(3), 4,
                RoundingMode.HALF_UP);
        return new Bar(bar.symbol(), bar.start(), Bar.ONE_MINUTE, bar.open(), bar.high(), bar.low(), bar.close(),
                bar.volume(), Math.max(1, bar.volume() / 150), vwap);
    }

    public Instant firstStart() {
        return barsByStart.firstKey();
    }

    /** Bad rows the read counted and skipped (0 unless skipping was asked for). */
    public long badRowsSkipped() {
        return badRowsSkipped;
    }

    @Override
    public List<String> symbols() {
        return symbols;
    }

    @Override
    public Instant firstBarAtOrAfter(Instant instant) {
        return barsByStart.ceilingKey(instant);
    }

    @Override
    public Instant endOfStretch(Instant start, Duration maxGap) {
        Instant last = null;
        for (Instant barStart : barsByStart.tailMap(start, true).keySet()) {
            if (last != null && Duration.between(last, barStart).compareTo(maxGap) > 0) {
                break;
            }
            last = barStart;
        }
        return last == null ? null : last.plus(Bar.ONE_MINUTE);
    }

    @Override
    public List<Bar> barsAt(Instant start, Function<String, BigDecimal> lastPrice) {
        return barsByStart.getOrDefault(start, List.of());
    }

    @Override
    public List<Bar> history(Instant sessionStart, int count) {
        List<Bar> history = new ArrayList<>();
        for (Map.Entry<Instant, List<Bar>> entry : barsByStart.headMap(sessionStart, false).entrySet()) {
            if (!entry.getValue().isEmpty() && !entry.getValue().get(0).end().isAfter(sessionStart)) {
                history.addAll(entry.getValue());
            }
        }
        return history;
    }
}
