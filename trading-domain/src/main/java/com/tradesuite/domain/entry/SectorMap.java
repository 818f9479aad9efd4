package com.tradesuite.domain.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which sector each symbol belongs to, read from {@code SYMBOL=SECTOR} lines ({@code #} comments and blank lines
 * ignored, symbols case-insensitive, sectors upper-case words such as {@code INFORMATION_TECHNOLOGY}); a symbol the
 * map does not name is in {@link #UNKNOWN}, a bucket of its own.
 */
public final class SectorMap {

    /** The sector of every symbol the map does not name. */
    public static final String UNKNOWN = "UNKNOWN";

    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9.]{0,9}");
    private static final Pattern SECTOR = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final SectorMap EMPTY = new SectorMap(Map.of());

    private final Map<String, String> sectors;

    private SectorMap(Map<String, String> sectors) {
        this.sectors = Map.copyOf(sectors);
    }

    /** A map that names no symbol: every symbol is {@link #UNKNOWN}. */
    public static SectorMap empty() {
        return EMPTY;
    }

    /** The map of these lines; a bad line throws naming its 1-based line number and what is wrong. */
    public static SectorMap parse(List<String> lines) {
        Map<String, String> sectors = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int at = i + 1;
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("line " + at + ": expected SYMBOL=SECTOR, was '" + line + "'");
            }
            String symbol = line.substring(0, equals).strip().toUpperCase(Locale.ROOT);
            String sector = line.substring(equals + 1).strip();
            if (!SYMBOL.matcher(symbol).matches()) {
                throw new IllegalArgumentException("line " + at + ": '" + symbol + "' is not a ticker");
            }
            if (!SECTOR.matcher(sector).matches()) {
                throw new IllegalArgumentException("line " + at + ": sector '" + sector
                        + "' must be an upper-case word of A-Z, 0-9 and _ (e.g. INFORMATION_TECHNOLOGY)");
            }
            String earlier = sectors.put(symbol, sector);
            if (earlier != null) {
                throw new IllegalArgumentException("line " + at + ": " + symbol + " is named twice (" + earlier
                        + ", " + sector + ")");
            }
        }
        return new SectorMap(sectors);
    }

    public String sectorOf(String symbol) {
        return sectors.getOrDefault(symbol.toUpperCase(Locale.ROOT), UNKNOWN);
    }

    /** How many symbols the map names. */
    public int size() {
        return sectors.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectorMap map && sectors.equals(map.sectors);
    }

    @Override
    public int hashCode() {
        return sectors.hashCode();
    }

    @Override
    public String toString() {
        return "SectorMap[" + sectors.size() + " symbols in " + sectors().size() + " sectors]";
    }

    /** The sectors the map names, sorted. */
    public List<String> sectors() {
        return List.copyOf(new TreeSet<>(sectors.values()));
    }
}
