package com.tradesuite.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.schemas.event.ExitLayer;

/**
 * Exits counted per layer and reason: as many entries as there are distinct (layer, reason) pairs, however many
 * exits, so it stays the size of the exit vocabulary; counting is order-free and two tallies merge by adding.
 *
 * @param counts per layer, per reason, how many exits
 */
public record ExitTally(Map<ExitLayer, Map<String, Integer>> counts) implements Serializable {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final ExitTally EMPTY = new ExitTally(Map.of());

    public ExitTally {
        Map<ExitLayer, Map<String, Integer>> copy = new TreeMap<>();
        counts.forEach((layer, reasons) -> copy.put(layer, Collections.unmodifiableMap(new TreeMap<>(reasons))));
        counts = Collections.unmodifiableMap(copy);
    }

    public static ExitTally empty() {
        return EMPTY;
    }

    public ExitTally add(ExitLayer layer, String reason) {
        return merge(new ExitTally(Map.of(layer, Map.of(reason, 1))));
    }

    public ExitTally merge(ExitTally other) {
        Map<ExitLayer, Map<String, Integer>> sum = new TreeMap<>();
        for (ExitTally tally : List.of(this, other)) {
            tally.counts.forEach((layer, reasons) -> reasons.forEach((reason, count) ->
                    sum.computeIfAbsent(layer, any -> new TreeMap<>()).merge(reason, count, Integer::sum)));
        }
        return new ExitTally(sum);
    }

    public int total() {
        return counts.values().stream().flatMap(reasons -> reasons.values().stream()).mapToInt(Integer::intValue)
                .sum();
    }

    /** Count and percent of all exits per layer and reason, most frequent first (then by layer, then reason). */
    public List<ExitSourceShare> shares() {
        int total = total();
        List<ExitSourceShare> shares = new ArrayList<>();
        counts.forEach((layer, reasons) -> reasons.forEach((reason, count) -> shares.add(new ExitSourceShare(layer,
                reason, count, BigDecimal.valueOf(count).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN)))));
        shares.sort(Comparator.comparingInt(ExitSourceShare::count).reversed()
                .thenComparing(ExitSourceShare::layer).thenComparing(ExitSourceShare::reason));
        return List.copyOf(shares);
    }
}
