package com.tradesuite.bars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one reader of 1-minute bar files: a header or none, several symbols interleaved or one file per symbol (symbol
 * from a column or the file name), any timestamp {@link BarTimestamps} reads; a row that is not a usable bar stops the
 * read with a {@link BadBarRow} naming file and line, or is counted and skipped when the format says so.
 */
public final class BarFileReader {

    /** How many skipped bad rows a result keeps for reporting (all are counted). */
    public static final int KEPT_BAD_ROWS = 1_000;

    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9.]{0,9}");
    private static final Comparator<FileBar> TIME_ORDER = Comparator.comparing(FileBar::start)
            .thenComparing(FileBar::symbol);

    private final BarFileFormat format;
    private final List<FileBar> bars = new ArrayList<>();
    private final List<BadBarRow> badRows = new ArrayList<>();
    private final Map<String, FileBar> seen = new HashMap<>();
    private long badRowCount;

    private BarFileReader(BarFileFormat format) {
        this.format = format;
    }

    /**
     * Reads every file, and every {@code *.csv} file of every directory, in {@code paths}.
     *
     * @throws BadBarRow for the first bad row unless the format skips them
     * @throws IllegalArgumentException when a path is unreadable, a directory holds no bar file, or no bar is left
     */
    public static BarFiles read(List<Path> paths, BarFileFormat format) {
        BarFileReader reader = new BarFileReader(format);
        for (Path file : files(paths)) {
            reader.readFile(file);
        }
        if (reader.bars.isEmpty()) {
            throw new IllegalArgumentException(paths + " contain no bars" + (reader.badRowCount > 0
                    ? " (" + reader.badRowCount + " bad rows skipped, first: " + reader.badRows.get(0).getMessage()
                    + ")" : ""));
        }
        reader.bars.sort(TIME_ORDER);
        return new BarFiles(reader.bars, reader.badRowCount, reader.badRows);
    }

    public static BarFiles read(Path path, BarFileFormat format) {
        return read(List.of(path), format);
    }

    /** The bar files {@code paths} name: files as given, directories as their {@code *.csv} files by name. */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inside = csvFilesIn(path);
                if (inside.isEmpty()) {
                    throw new IllegalArgumentException(path + " holds no .csv file");
                }
                files.addAll(inside);
            } else if (Files.isReadable(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("cannot read " + path);
            }
        }
        return files;
    }

    private static List<Path> csvFilesIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private void readFile(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BarColumns columns = null;
            String delimiter = null;
            String text;
            long line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                String row = (line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                if (delimiter == null) {
                    delimiter = delimiterOf(row);
                }
                List<String> cells = cells(row, delimiter);
                if (columns == null) {
                    if (BarColumns.isHeader(cells)) {
                        columns = BarColumns.fromHeader(cells, file, line, row);
                        continue;
                    }
                    columns = BarColumns.positional(cells.size());
                    if (columns == null) {
                        throw new BadBarRow(file, line, cells.size() + " columns and no header; expected "
                                + BarColumns.LAYOUT_HELP, row);
                    }
                }
                try {
                    add(bar(file, line, row, cells, columns));
                } catch (BadBarRow bad) {
                    skipOrThrow(bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void add(FileBar bar) {
        String key = bar.symbol() + "@" + bar.start();
        FileBar earlier = seen.putIfAbsent(key, bar);
        if (earlier != null) {
            throw new BadBarRow(bar.file(), bar.line(), "a second " + bar.symbol() + " bar starting " + bar.start()
                    + " (the first is at " + earlier.where() + ")", "");
        }
        bars.add(bar);
    }

    private void skipOrThrow(BadBarRow bad) {
        if (!format.skipBadRows()) {
            throw bad;
        }
        badRowCount++;
        if (badRows.size() < KEPT_BAD_ROWS) {
            badRows.add(bad);
        }
    }

    private FileBar bar(Path file, long line, String row, List<String> cells, BarColumns columns) {
        if (cells.size() < columns.width()) {
            throw new BadBarRow(file, line, cells.size() + " columns, expected " + columns.width(), row);
        }
        String symbol = columns.symbol() >= 0 ? cells.get(columns.symbol()).toUpperCase(Locale.ROOT)
                : symbolOf(file, line);
        if (!TICKER.matcher(symbol).matches()) {
            throw new BadBarRow(file, line, "'" + symbol + "' is not a ticker", row);
        }
        Instant start;
        try {
            start = BarTimestamps.parse(timestampText(cells, columns), format.zone());
        } catch (IllegalArgumentException e) {
            throw new BadBarRow(file, line, e.getMessage(), row);
        }
        if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0) {
            throw new BadBarRow(file, line, "bar start " + start + " is not on a whole minute (1-minute bars only)",
                    row);
        }
        BigDecimal open = price(cells.get(columns.open()), "open", file, line, row);
        BigDecimal high = price(cells.get(columns.high()), "high", file, line, row);
        BigDecimal low = price(cells.get(columns.low()), "low", file, line, row);
        BigDecimal close = price(cells.get(columns.close()), "close", file, line, row);
        if (high.compareTo(open.max(close).max(low)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new BadBarRow(file, line, "prices out of order: low " + low.toPlainString() + " <= open "
                    + open.toPlainString() + ", close " + close.toPlainString() + " <= high " + high.toPlainString()
                    + " does not hold", row);
        }
        long volume = volume(cells.get(columns.volume()), file, line, row);
        return new FileBar(symbol, start, open, high, low, close, volume, file, line);
    }

    private static String timestampText(List<String> cells, BarColumns columns) {
        String timestamp = cells.get(columns.timestamp());
        if (columns.date() >= 0 && timestamp.length() <= 8) {
            return cells.get(columns.date()) + " " + timestamp;
        }
        return timestamp;
    }

    private static BigDecimal price(String text, String field, Path file, long line, String row) {
        BigDecimal price;
        try {
            price = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadBarRow(file, line, field + " '" + text + "' is not a number", row);
        }
        if (price.signum() <= 0) {
            throw new BadBarRow(file, line, field + " " + text + " is not positive", row);
        }
        return price;
    }

    private static long volume(String text, Path file, long line, String row) {
        try {
            BigDecimal volume = new BigDecimal(text);
            if (volume.signum() < 0) {
                throw new BadBarRow(file, line, "volume " + text + " is negative", row);
            }
            return volume.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadBarRow(file, line, "volume '" + text + "' is not a number", row);
        }
    }

    /** {@code AAPL.csv}, {@code aapl_1min.csv}, {@code BRK.B-2026.csv}: the name up to the first {@code _ - space}. */
    static String symbolOf(Path file, long line) {
        String name = file.getFileName().toString();
        int dot = name.toLowerCase(Locale.ROOT).lastIndexOf(".csv");
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String symbol = stem.split("[_\\- ]", 2)[0].toUpperCase(Locale.ROOT);
        if (!TICKER.matcher(symbol).matches()) {
            throw new BadBarRow(file, line, "no symbol column, and the file name gives no ticker ('" + symbol
                    + "'); name the file after its symbol, e.g. AAPL.csv", "");
        }
        return symbol;
    }

    private static String delimiterOf(String row) {
        if (row.contains(",")) {
            return ",";
        }
        return row.contains("\t") ? "\t" : row.contains(";") ? ";" : ",";
    }

    private static List<String> cells(String row, String delimiter) {
        return Arrays.stream(row.split(Pattern.quote(delimiter), -1)).map(BarFileReader::unquote).toList();
    }

    private static String unquote(String cell) {
        String value = cell.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
