package com.tradesuite.scanner.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a bar file with columns {@code symbol,timestamp,open,high,low,close,volume} (ISO timestamp = bar start,
 * header optional, blank and {@code #} lines skipped); a line it cannot read becomes an unreadable bar with the reason,
 * never an exception. Prices are not judged here: that is the poller's validation.
 */
public final class CsvBarReader {

    private static final int COLUMNS = 7;

    private CsvBarReader() {
    }

    public static List<SourceBar> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<SourceBar> parse(List<String> lines) {
        List<SourceBar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            long lineNumber = i + 1L;
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && isHeader(line))) {
                continue;
            }
            bars.add(parseLine(line, lineNumber));
        }
        return bars;
    }

    static SourceBar parseLine(String line, long lineNumber) {
        String[] cells = line.split(",", -1);
        String symbol = cells[0].strip().toUpperCase(Locale.ROOT);
        if (cells.length != COLUMNS) {
            return SourceBar.unreadable(symbol, line, "line " + lineNumber + " has " + cells.length
                    + " columns, expected " + COLUMNS + " (symbol,timestamp,open,high,low,close,volume)", lineNumber);
        }
        if (symbol.isEmpty()) {
            return SourceBar.unreadable(symbol, line, "line " + lineNumber + " has no symbol", lineNumber);
        }
        try {
            Instant start = timestamp(cells[1].strip());
            return SourceBar.of(symbol, start, decimal(cells[2]), decimal(cells[3]), decimal(cells[4]),
                    decimal(cells[5]), volume(cells[6]), line, lineNumber);
        } catch (DateTimeParseException e) {
            return SourceBar.unreadable(symbol, line, "line " + lineNumber + ": timestamp '" + cells[1].strip()
                    + "' is not an ISO-8601 instant", lineNumber);
        } catch (NumberFormatException | ArithmeticException e) {
            return SourceBar.unreadable(symbol, line, "line " + lineNumber + ": a price or the volume is not a number",
                    lineNumber);
        }
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).startsWith("symbol");
    }

    private static Instant timestamp(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.strip());
    }

    private static long volume(String text) {
        return new BigDecimal(text.strip()).longValueExact();
    }
}
