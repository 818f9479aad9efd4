package com.tradesuite.domain.regime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Kaufman's efficiency ratio over the last {@code bars} closes: |net move| / sum of bar-to-bar moves, 0 (pure noise)
 * to 1 (a straight line). Keeps only the last {@code bars + 1} closes; immutable, {@link #next} returns the new state.
 */
public record EfficiencyRatio(int bars, List<Double> closes) implements Serializable {

    public EfficiencyRatio {
        if (bars < 1) {
            throw new IllegalArgumentException("efficiency ratio bars must be >= 1, was " + bars);
        }
        closes = List.copyOf(closes);
    }

    public static EfficiencyRatio of(int bars) {
        return new EfficiencyRatio(bars, List.of());
    }

    public EfficiencyRatio next(double close) {
        List<Double> kept = new ArrayList<>(closes);
        kept.add(close);
        if (kept.size() > bars + 1) {
            kept.remove(0);
        }
        return new EfficiencyRatio(bars, kept);
    }

    /** The ratio once {@code bars + 1} closes were seen; 1 when nothing moved at all (no noise either). */
    public OptionalDouble value() {
        if (closes.size() < bars + 1) {
            return OptionalDouble.empty();
        }
        double path = 0;
        for (int i = 1; i < closes.size(); i++) {
            path += Math.abs(closes.get(i) - closes.get(i - 1));
        }
        double net = Math.abs(closes.get(closes.size() - 1) - closes.get(0));
        return OptionalDouble.of(path == 0 ? 1 : net / path);
    }
}
