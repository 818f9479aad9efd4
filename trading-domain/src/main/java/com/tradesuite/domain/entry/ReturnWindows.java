package com.tradesuite.domain.entry;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import com.tradesuite.schemas.event.BarClosed;

/**
 * The last {@code window} bar-to-bar returns of every symbol seen, each keyed by its bar's start, and the Pearson
 * correlation of two symbols' returns over the bars both have. Bounded: a fixed ring per symbol seen; a correlation
 * costs O(window). A bar not newer than the symbol's last is a replay and changes nothing. Not thread-safe.
 */
public final class ReturnWindows {

    private final int window;
    private final Map<String, Ring> rings = new HashMap<>();

    public ReturnWindows(int window) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2, was " + window);
        }
        this.window = window;
    }

    /** The correlation of two symbols' returns and how many bars it rests on. */
    public record Correlation(int overlap, OptionalDouble value) {
    }

    public int window() {
        return window;
    }

    /** Folds one closed bar of {@code symbol} (the caller passes bars of one timeframe). */
    public void onBar(String symbol, BarClosed bar) {
        rings.computeIfAbsent(symbol, s -> new Ring(window)).add(bar.barStart(), bar.close().doubleValue());
    }

    public void reset() {
        rings.clear();
    }

    /** Symbols with at least one bar. */
    public int symbols() {
        return rings.size();
    }

    /**
     * The Pearson correlation of {@code a}'s and {@code b}'s returns on the bars both have in their windows; no value
     * with fewer than two such bars or when either series does not move at all.
     */
    public Correlation correlation(String a, String b) {
        Ring left = rings.get(a);
        Ring right = rings.get(b);
        if (left == null || right == null) {
            return new Correlation(0, OptionalDouble.empty());
        }
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        double sumXx = 0;
        double sumYy = 0;
        double sumXy = 0;
        int i = 0;
        int j = 0;
        while (i < left.size && j < right.size) {
            long x = left.startAt(i);
            long y = right.startAt(j);
            if (x < y) {
                i++;
            } else if (y < x) {
                j++;
            } else {
                double rx = left.returnAt(i++);
                double ry = right.returnAt(j++);
                n++;
                sumX += rx;
                sumY += ry;
                sumXx += rx * rx;
                sumYy += ry * ry;
                sumXy += rx * ry;
            }
        }
        if (n < 2) {
            return new Correlation(n, OptionalDouble.empty());
        }
        double covariance = n * sumXy - sumX * sumY;
        double varianceX = n * sumXx - sumX * sumX;
        double varianceY = n * sumYy - sumY * sumY;
        if (varianceX <= 0 || varianceY <= 0) {
            return new Correlation(n, OptionalDouble.empty());
        }
        double r = covariance / Math.sqrt(varianceX * varianceY);
        return new Correlation(n, OptionalDouble.of(Math.max(-1, Math.min(1, r))));
    }

    /** One symbol's returns, oldest first from {@code head}, with their bars' starts (epoch seconds). */
    private static final class Ring {
        private final long[] starts;
        private final double[] returns;
        private int head;
        private int size;
        private long lastStart = Long.MIN_VALUE;
        private double lastClose = Double.NaN;

        Ring(int window) {
            starts = new long[window];
            returns = new double[window];
        }

        void add(Instant barStart, double close) {
            long start = barStart.getEpochSecond();
            if (start <= lastStart) {
                return;
            }
            if (!Double.isNaN(lastClose) && lastClose > 0) {
                int slot = (head + size) % starts.length;
                if (size == starts.length) {
                    head = (head + 1) % starts.length;
                } else {
                    size++;
                }
                starts[slot] = start;
                returns[slot] = close / lastClose - 1;
            }
            lastStart = start;
            lastClose = close;
        }

        long startAt(int index) {
            return starts[(head + index) % starts.length];
        }

        double returnAt(int index) {
            return returns[(head + index) % returns.length];
        }
    }
}
