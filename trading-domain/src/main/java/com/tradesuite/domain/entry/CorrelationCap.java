package com.tradesuite.domain.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * No entry whose returns correlate above the limit with any open position's (or entry in flight's); a pair with too
 * few overlapping bars is allowed, and the note says so.
 */
public final class CorrelationCap {

    private CorrelationCap() {
    }

    /**
     * The verdict over every open symbol.
     *
     * @param breach the first pair above the limit, as a decline reason; empty when the entry may go ahead
     * @param note what was measured (highest correlation, pairs not judged), for the decision line
     */
    public record Verdict(Optional<String> breach, String note) {
    }

    public static Verdict check(String symbol, Collection<String> openSymbols, ReturnWindows returns,
                                CorrelationRule rule) {
        List<String> unjudged = new ArrayList<>();
        String highest = null;
        double highestValue = Double.NEGATIVE_INFINITY;
        for (String open : openSymbols.stream().sorted().toList()) {
            if (open.equals(symbol)) {
                continue;
            }
            ReturnWindows.Correlation correlation = returns.correlation(symbol, open);
            if (correlation.overlap() < rule.minBars() || correlation.value().isEmpty()) {
                unjudged.add(open + " (" + correlation.overlap() + " bars)");
                continue;
            }
            double r = correlation.value().getAsDouble();
            String pair = String.format(Locale.ROOT, "%s %.2f over %d bars", open, r, correlation.overlap());
            if (r > rule.maxCorrelation()) {
                return new Verdict(Optional.of(String.format(Locale.ROOT,
                        "returns of %s correlate with open %s: %.2f over %d bars, the limit is %.2f", symbol, open, r,
                        correlation.overlap(), rule.maxCorrelation())), pair);
            }
            if (r > highestValue) {
                highestValue = r;
                highest = pair;
            }
        }
        StringBuilder note = new StringBuilder("correlation ");
        note.append(highest == null ? "none measured" : "highest " + highest);
        if (!unjudged.isEmpty()) {
            note.append(", not judged (fewer than ").append(rule.minBars()).append(" bars or no movement): ")
                    .append(String.join(", ", unjudged));
        }
        return new Verdict(Optional.empty(), note.toString());
    }
}
