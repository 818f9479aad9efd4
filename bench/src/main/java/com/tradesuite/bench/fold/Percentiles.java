package com.tradesuite.bench.fold;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations (nanoseconds). */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] samples, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
    }

    /** The smallest sample at or above the given fraction of all samples, e.g. 0.99 for p99. */
    public long at(double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }
}
