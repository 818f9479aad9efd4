package com.tradesuite.paperexchange.market;

import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.core.Prices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Seeded 1-minute bars per symbol with trend/range regimes, volatility clusters and occasional gaps;
 * the same seed and the same call sequence give the same bars.
 */
public final class SyntheticPriceGenerator implements BarSource {

    private final MarketCalendar calendar;
    private final Map<String, SymbolPath> paths = new TreeMap<>();

    public SyntheticPriceGenerator(long seed, List<String> symbols, MarketCalendar calendar) {
        this.calendar = calendar;
        for (String symbol : symbols) {
            paths.put(symbol, new SymbolPath(seed, symbol));
        }
    }

    @Override
    public List<String> symbols() {
        return List.copyOf(paths.keySet());
    }

    @Override
    public Instant firstBarAtOrAfter(Instant instant) {
        Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(instant)) {
            minute = minute.plus(Bar.ONE_MINUTE);
        }
        return calendar.isOpen(minute) ? minute : calendar.nextOpen(minute);
    }

    @Override
    public List<Bar> barsAt(Instant start, Function<String, BigDecimal> lastPrice) {
        boolean sessionOpen = start.equals(calendar.openOf(start.atZone(MarketCalendar.NEW_YORK).toLocalDate()));
        List<Bar> bars = new ArrayList<>();
        for (SymbolPath path : paths.values()) {
            bars.add(path.next(start, lastPrice.apply(path.symbol()), sessionOpen));
        }
        return bars;
    }

    @Override
    public List<Bar> history(Instant sessionStart, int count) {
        if (count == 0) {
            return List.of();
        }
        List<Instant> starts = new ArrayList<>();
        Instant cursor = firstBarAtOrAfter(sessionStart);
        for (int i = 0; i < count; i++) {
            cursor = calendar.previousBarStart(cursor);
            starts.add(cursor);
        }
        Collections.reverse(starts);
        List<Bar> bars = new ArrayList<>();
        for (Instant start : starts) {
            LocalDate day = start.atZone(MarketCalendar.NEW_YORK).toLocalDate();
            boolean sessionOpen = start.equals(calendar.openOf(day));
            for (SymbolPath path : paths.values()) {
                bars.add(path.next(start, null, sessionOpen));
            }
        }
        return bars;
    }

    /** The random walk of one symbol; its own Random keeps symbols independent of each other's order. */
    private static final class SymbolPath {
        private static final double BASE_SIGMA = 0.0012;
        private static final double ARCH = 0.08;
        private static final double GARCH = 0.90;
        private static final double REGIME_SWITCH_PROBABILITY = 0.01;
        private static final double INTRADAY_GAP_PROBABILITY = 0.0015;
        private static final double OPENING_GAP_PROBABILITY = 0.25;

        private final String symbol;
        private final Random random;
        private double price;
        private double variance = BASE_SIGMA * BASE_SIGMA;
        private double lastReturn;
        private Regime regime;
        private double anchor;

        SymbolPath(long seed, String symbol) {
            this.symbol = symbol;
            this.random = new Random(seed * 1_000_003L ^ symbol.hashCode());
            this.price = Math.round((20 + random.nextDouble() * 380) * 100) / 100.0;
            this.anchor = price;
            this.regime = Regime.values()[random.nextInt(Regime.values().length)];
        }

        String symbol() {
            return symbol;
        }

        Bar next(Instant start, BigDecimal overridePrice, boolean sessionOpen) {
            if (overridePrice != null && Math.abs(overridePrice.doubleValue() - price) > 1e-9) {
                price = overridePrice.doubleValue();
                anchor = price;
            }
            maybeSwitchRegime();
            // GARCH(1,1): big moves make the next moves bigger, which clusters volatility.
            variance = BASE_SIGMA * BASE_SIGMA * (1 - ARCH - GARCH) + ARCH * lastReturn * lastReturn + GARCH * variance;
            double sigma = Math.sqrt(variance);
            double open = price * (1 + gap(sessionOpen));
            double drift = switch (regime) {
                case TREND_UP -> 0.00008;
                case TREND_DOWN -> -0.00008;
                case RANGE -> 0.02 * Math.log(anchor / open);
            };
            double ret = drift + sigma * random.nextGaussian();
            double close = Math.max(0.5, open * Math.exp(ret));
            double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * sigma * 0.6);
            double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * sigma * 0.6);
            long volume = Math.max(100, Math.round(20_000 * (0.5 + random.nextDouble()) * sigma / BASE_SIGMA));
            lastReturn = Math.log(close / price);
            BigDecimal o = Prices.toTick(open);
            BigDecimal c = Prices.toTick(close);
            BigDecimal h = Prices.toTick(high).max(o).max(c);
            BigDecimal l = Prices.toTick(low).min(o).min(c);
            price = c.doubleValue();
            BigDecimal vwap = h.add(l).add(c).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
            return new Bar(symbol, start, Bar.ONE_MINUTE, o, h, l, c, volume, Math.max(1, volume / 150), vwap);
        }

        private double gap(boolean sessionOpen) {
            double probability = sessionOpen ? OPENING_GAP_PROBABILITY : INTRADAY_GAP_PROBABILITY;
            if (random.nextDouble() >= probability) {
                return 0;
            }
            double size = 0.015 + random.nextDouble() * 0.045;
            return random.nextBoolean() ? size : -size;
        }

        private void maybeSwitchRegime() {
            if (random.nextDouble() < REGIME_SWITCH_PROBABILITY) {
                regime = Regime.values()[random.nextInt(Regime.values().length)];
                anchor = price;
            }
        }
    }

    private enum Regime { TREND_UP, TREND_DOWN, RANGE }
}
