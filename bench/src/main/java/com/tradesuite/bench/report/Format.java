package com.tradesuite.bench.report;

import java.time.Duration;
import java.util.Locale;

/** Number formats of the results table. */
public final class Format {

    private Format() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String rate(double recordsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f records/s", recordsPerSecond);
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    public static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1000.0);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
