package com.tradesuite.bars;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each field sits in a file's rows: from its header (names like {@code symbol/ticker}, {@code timestamp/time/t},
 * {@code date} + {@code time}, {@code open/o}, ..., {@code volume/v}; other columns ignored), or without a header from
 * the column count (7: symbol first; 6: no symbol, taken from the file name).
 *
 * @param symbol column of the symbol, or -1 when the file name gives it
 * @param date column of a separate date (with {@code timestamp} holding the time of day), or -1
 */
record BarColumns(int symbol, int timestamp, int date, int open, int high, int low, int close, int volume,
                  int width) {

    static final String LAYOUT_HELP = "symbol,timestamp,open,high,low,close,volume (or without the symbol column,"
            + " the symbol then comes from the file name)";

    private static final Map<String, String> NAMES = names();

    /** Columns of a headerless file whose first row has {@code width} cells, or null when the count fits neither. */
    static BarColumns positional(int width) {
        if (width == 7) {
            return new BarColumns(0, 1, -1, 2, 3, 4, 5, 6, 7);
        }
        if (width == 6) {
            return new BarColumns(-1, 0, -1, 1, 2, 3, 4, 5, 6);
        }
        return null;
    }

    /** True when at least three cells are column names (a header, not data). */
    static boolean isHeader(List<String> cells) {
        return fields(cells).size() >= 3;
    }

    /** @throws BadBarRow when a needed column is missing (whatever the skip setting: no row could be read) */
    static BarColumns fromHeader(List<String> cells, Path file, long line, String row) {
        Map<String, Integer> fields = fields(cells);
        int date = fields.getOrDefault("date", -1);
        int timestamp = fields.getOrDefault("timestamp", -1);
        if (timestamp < 0 && date >= 0) {
            timestamp = date;
            date = -1;
        }
        for (String needed : List.of("open", "high", "low", "close", "volume")) {
            if (!fields.containsKey(needed)) {
                throw new BadBarRow(file, line, "the header has no '" + needed + "' column; expected " + LAYOUT_HELP,
                        row);
            }
        }
        if (timestamp < 0) {
            throw new BadBarRow(file, line, "the header has no 'timestamp' column; expected " + LAYOUT_HELP, row);
        }
        return new BarColumns(fields.getOrDefault("symbol", -1), timestamp, date, fields.get("open"),
                fields.get("high"), fields.get("low"), fields.get("close"), fields.get("volume"), cells.size());
    }

    private static Map<String, Integer> fields(List<String> cells) {
        Map<String, Integer> fields = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String field = NAMES.get(name);
            if (field != null) {
                fields.putIfAbsent(field, i);
            }
        }
        return fields;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String name : List.of("symbol", "ticker", "sym")) {
            names.put(name, "symbol");
        }
        for (String name : List.of("timestamp", "time", "t", "datetime", "ts", "timestamputc", "bartime")) {
            names.put(name, "timestamp");
        }
        names.put("date", "date");
        names.put("open", "open");
        names.put("o", "open");
        names.put("high", "high");
        names.put("h", "high");
        names.put("low", "low");
        names.put("l", "low");
        names.put("close", "close");
        names.put("c", "close");
        names.put("volume", "volume");
        names.put("v", "volume");
        names.put("vol", "volume");
        return Map.copyOf(names);
    }
}
