package com.tradesuite.domain.entry;

/**
 * No new entry whose returns correlate above {@code maxCorrelation} with an open position's; a pair with fewer than
 * {@code minBars} overlapping returns is not judged (allowed, and the reason says so).
 */
public record CorrelationRule(double maxCorrelation, int minBars) {

    /** Never binds: no correlation exceeds 1. */
    public static final CorrelationRule OFF = new CorrelationRule(1, 2);

    public CorrelationRule {
        if (maxCorrelation <= -1 || maxCorrelation > 1) {
            throw new IllegalArgumentException("maxCorrelation must be within (-1, 1], was " + maxCorrelation);
        }
        if (minBars < 2) {
            throw new IllegalArgumentException("minBars must be >= 2, was " + minBars);
        }
    }
}
