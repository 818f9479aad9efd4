package com.tradesuite.paperexchange.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Replays a bar file with columns symbol,timestamp,open,high,low,close,volume (header optional, ISO timestamps). */
public final class CsvBarSource implements BarSource {

    private final NavigableMap<Instant, List<Bar>> barsByStart = new TreeMap<>();
    private final List<String> symbols;

    public CsvBarSource(List<Bar> bars) {
        TreeSet<String> names = new TreeSet<>();
        for (Bar bar : bars) {
            barsByStart.computeIfAbsent(bar.start(), k -> new ArrayList<>()).add(bar);
            names.add(bar.symbol());
        }
        barsByStart.values().forEach(list -> list.sort((a, b) -> a.symbol().compareTo(b.symbol())));
        this.symbols = List.copyOf(names);
    }

    /** Parses the file; a malformed line fails with its line number. */
    public static CsvBarSource read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase().startsWith("symbol"))) {
                    continue;
                }
                bars.add(parse(line, i + 1, file));
            }
            if (bars.isEmpty()) {
                throw new IllegalArgumentException(file + " contains no bars");
            }
            return new CsvBarSource(bars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bar parse(String line, int lineNumber, Path file) {
        String[] cells = line.split(",");
        if (cells.length < 7) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": expected 7 columns, got " + cells.length);
        }
        try {
            BigDecimal open = new BigDecimal(cells[2].trim());
            BigDecimal high = new BigDecimal(cells[3].trim());
            BigDecimal low = new BigDecimal(cells[4].trim());
            BigDecimal close = new BigDecimal(cells[5].trim());
            long volume = new BigDecimal(cells[6].trim()).longValue();
            BigDecimal vwap = high.add(low).add(close).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
            return new Bar(cells[0].trim().toUpperCase(), Instant.parse(cells[1].trim()), Bar.ONE_MINUTE,
                    open, high, low, close, volume, Math.max(1, volume / 150), vwap);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
    }

    public Instant firstStart() {
        return barsByStart.firstKey();
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
