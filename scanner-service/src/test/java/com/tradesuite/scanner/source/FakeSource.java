package com.tradesuite.scanner.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A bar source that returns what the test put in it, like a broker that always answers the full series. */
public final class FakeSource implements BarSource {

    public static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    public final List<SourceBar> bars = new ArrayList<>();
    public final List<Map<String, Optional<Instant>>> requests = new ArrayList<>();
    public Map<String, Instant> hints = Map.of();

    public static Instant minute(int n) {
        return T0.plusSeconds(60L * n);
    }

    public static SourceBar bar(String symbol, int minute, String open, String high, String low, String close) {
        return SourceBar.of(symbol, minute(minute), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), 1000, symbol + "," + minute(minute) + "," + open + "," + high + "," + low
                        + "," + close + ",1000", -1);
    }

    /** A bar around {@code close} with a range of one. */
    public static SourceBar bar(String symbol, int minute, String close) {
        BigDecimal c = new BigDecimal(close);
        return bar(symbol, minute, c.toPlainString(), c.add(new BigDecimal("0.5")).toPlainString(),
                c.subtract(new BigDecimal("0.5")).toPlainString(), c.toPlainString());
    }

    public FakeSource add(SourceBar... more) {
        bars.addAll(List.of(more));
        return this;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public BarFetch fetch(Map<String, Optional<Instant>> nextStarts) {
        requests.add(nextStarts);
        // Deliberately ignores the starts and returns everything: the poller must not republish.
        return new BarFetch(bars.stream().filter(bar -> nextStarts.containsKey(bar.symbol())).toList(), hints);
    }
}
