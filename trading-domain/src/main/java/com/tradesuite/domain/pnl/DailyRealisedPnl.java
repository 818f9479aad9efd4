package com.tradesuite.domain.pnl;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * Realised P&L summed per symbol and New York trading day of the fill; a new day starts at zero, so the loss limit
 * resets. Per symbol so a partition's share can be sliced off; each symbol keeps only its latest {@link #DAYS_KEPT}
 * calendar days: the limit needs today, the rest is history on the log.
 *
 * @param bySymbol each symbol's realised P&L by trading day
 */
public record DailyRealisedPnl(PMap<String, PSortedMap<LocalDate, BigDecimal>> bySymbol) implements Serializable {

    /** A week of days covers any weekend or holiday between two sessions. */
    public static final int DAYS_KEPT = 7;

    private static final DailyRealisedPnl EMPTY = new DailyRealisedPnl(HashTreePMap.empty());

    public static DailyRealisedPnl empty() {
        return EMPTY;
    }

    /** Adds the P&L a fill of {@code symbol} at {@code filledAt} realised. */
    public DailyRealisedPnl record(String symbol, Instant filledAt, BigDecimal realised) {
        if (realised.signum() == 0) {
            return this;
        }
        LocalDate day = TradingDay.of(filledAt);
        PSortedMap<LocalDate, BigDecimal> days = bySymbol.getOrDefault(symbol, TreePMap.empty());
        BigDecimal known = days.get(day);
        days = days.plus(day, known == null ? realised : known.add(realised));
        LocalDate oldestKept = days.lastKey().minusDays(DAYS_KEPT - 1L);
        while (days.firstKey().isBefore(oldestKept)) {
            days = days.minusFirstEntry();
        }
        return new DailyRealisedPnl(bySymbol.plus(symbol, days));
    }

    /** The realised P&L of the New York trading day that contains {@code now}, over every symbol. */
    public BigDecimal on(Instant now) {
        LocalDate day = TradingDay.of(now);
        BigDecimal sum = BigDecimal.ZERO;
        for (PSortedMap<LocalDate, BigDecimal> days : bySymbol.values()) {
            sum = sum.add(days.getOrDefault(day, BigDecimal.ZERO));
        }
        return sum;
    }

    /** Realised P&L per day over every symbol. */
    public Map<LocalDate, BigDecimal> byDay() {
        Map<LocalDate, BigDecimal> days = new TreeMap<>();
        bySymbol.values().forEach(ofSymbol -> ofSymbol.forEach((day, pnl) -> days.merge(day, pnl, BigDecimal::add)));
        return days;
    }

    /** Day entries held: at most {@link #DAYS_KEPT} per symbol. */
    public int retainedDays() {
        return bySymbol.values().stream().mapToInt(Map::size).sum();
    }

    /** Only the symbols {@code keep} accepts. */
    public DailyRealisedPnl slice(Predicate<String> keep) {
        PMap<String, PSortedMap<LocalDate, BigDecimal>> kept = HashTreePMap.empty();
        for (Map.Entry<String, PSortedMap<LocalDate, BigDecimal>> entry : bySymbol.entrySet()) {
            if (keep.test(entry.getKey())) {
                kept = kept.plus(entry.getKey(), entry.getValue());
            }
        }
        return new DailyRealisedPnl(kept);
    }

    /** This P&L with another symbol set's (the other's entry wins for a symbol both hold). */
    public DailyRealisedPnl merge(DailyRealisedPnl other) {
        return new DailyRealisedPnl(bySymbol.plusAll(other.bySymbol));
    }

    @Serial
    private Object writeReplace() {
        Map<String, Map<LocalDate, BigDecimal>> plain = new LinkedHashMap<>();
        bySymbol.forEach((symbol, days) -> plain.put(symbol, new TreeMap<>(days)));
        return new Form(plain);
    }

    /** The serialised form: plain JDK maps, rebuilt into persistent ones on read. */
    private record Form(Map<String, Map<LocalDate, BigDecimal>> bySymbol) implements Serializable {
        @Serial
        private Object readResolve() {
            PMap<String, PSortedMap<LocalDate, BigDecimal>> rebuilt = HashTreePMap.empty();
            for (Map.Entry<String, Map<LocalDate, BigDecimal>> entry : bySymbol.entrySet()) {
                rebuilt = rebuilt.plus(entry.getKey(), TreePMap.fromSortedMap(new TreeMap<>(entry.getValue())));
            }
            return new DailyRealisedPnl(rebuilt);
        }
    }
}
