package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * R-multiples counted in fixed buckets (lower edge inclusive): below -2, [-2, -1), [-1, -0.5), [-0.5, 0), [0, 0.5),
 * [0.5, 1), [1, 2), [2, 3), 3 and above; trades whose risk is unknown are counted apart.
 *
 * @param counts one count per bucket, in the order of {@link #EDGES} (one more bucket than edges)
 * @param unknown trades without a known R
 */
public record RHistogram(List<Integer> counts, int unknown) {

    /** The inner bucket edges, ascending; the first bucket is open below, the last open above. */
    public static final List<BigDecimal> EDGES = List.of(new BigDecimal("-2"), new BigDecimal("-1"),
            new BigDecimal("-0.5"), BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2"),
            new BigDecimal("3"));

    private static final RHistogram EMPTY = new RHistogram(Collections.nCopies(EDGES.size() + 1, 0), 0);

    /** One bucket as reported: its label and edges (null where open) and its count. */
    public record Bucket(String label, BigDecimal from, BigDecimal to, int count) {
    }

    public RHistogram {
        counts = List.copyOf(counts);
        if (counts.size() != EDGES.size() + 1) {
            throw new IllegalArgumentException("an R histogram has " + (EDGES.size() + 1) + " buckets");
        }
    }

    public static RHistogram empty() {
        return EMPTY;
    }

    /** The bucket index of {@code r}. */
    static int bucketOf(BigDecimal r) {
        int index = 0;
        while (index < EDGES.size() && r.compareTo(EDGES.get(index)) >= 0) {
            index++;
        }
        return index;
    }

    public RHistogram plus(BigDecimal r) {
        if (r == null) {
            return new RHistogram(counts, unknown + 1);
        }
        List<Integer> next = new ArrayList<>(counts);
        int bucket = bucketOf(r);
        next.set(bucket, next.get(bucket) + 1);
        return new RHistogram(next, unknown);
    }

    public RHistogram plus(RHistogram other) {
        List<Integer> next = new ArrayList<>(counts);
        for (int i = 0; i < next.size(); i++) {
            next.set(i, next.get(i) + other.counts.get(i));
        }
        return new RHistogram(next, unknown + other.unknown);
    }

    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            BigDecimal from = i == 0 ? null : EDGES.get(i - 1);
            BigDecimal to = i == EDGES.size() ? null : EDGES.get(i);
            String label = from == null ? "< " + to.toPlainString()
                    : to == null ? ">= " + from.toPlainString() : from.toPlainString() + " to " + to.toPlainString();
            buckets.add(new Bucket(label, from, to, counts.get(i)));
        }
        return List.copyOf(buckets);
    }
}
