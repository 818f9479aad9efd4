package com.tradesuite.bench;

import java.io.PrintStream;

/** A progress line for long phases, at most every few seconds. */
public final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long startedAt = System.nanoTime();
    private long lastLineAt = startedAt;

    public Progress(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    /** Prints "what: done of total (x%), t s" if the last line is old enough. */
    public void at(long done) {
        long now = System.nanoTime();
        if (now - lastLineAt >= EVERY_NANOS) {
            lastLineAt = now;
            out.printf("    %s: %,d of %,d (%d%%), %.0f s%n", what, done, total,
                    total <= 0 ? 0 : Math.min(100, done * 100 / total), (now - startedAt) / 1e9);
        }
    }
}
