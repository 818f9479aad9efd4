package com.tradesuite.ops.log;

import java.io.PrintStream;
import java.time.Duration;

/** Prints a progress line on long reads: every {@code everyRecords} records or every {@code everyTime}, whichever first. */
public final class Progress {

    private final PrintStream err;
    private final long everyRecords;
    private final long everyNanos;
    private long total;
    private long done;
    private long lastPrintedAt;
    private long sinceLastLine;

    public Progress(PrintStream err, long everyRecords, Duration everyTime) {
        this.err = err;
        this.everyRecords = everyRecords;
        this.everyNanos = everyTime.toNanos();
        this.lastPrintedAt = System.nanoTime();
    }

    /** A reader that prints nothing. */
    public static Progress silent() {
        return new Progress(null, Long.MAX_VALUE, Duration.ofDays(365));
    }

    public void expect(long records) {
        this.total = records;
    }

    public void advance(int records) {
        done += records;
        sinceLastLine += records;
        long now = System.nanoTime();
        if (err != null && records > 0 && (sinceLastLine >= everyRecords || now - lastPrintedAt >= everyNanos)) {
            err.println(line(done, total));
            sinceLastLine = 0;
            lastPrintedAt = now;
        }
    }

    public long done() {
        return done;
    }

    static String line(long done, long total) {
        if (total <= 0) {
            return String.format("  read %,d records", done);
        }
        return String.format("  read %,d of %,d records (%d%%)", done, total, Math.min(100, done * 100 / total));
    }
}
