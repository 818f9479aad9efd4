package com.tradesuite.paperexchange.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Published bars and the latest price per symbol; only what the simulated clock has already passed. */
public final class MarketData {

    private final Map<String, List<Bar>> bars = new TreeMap<>();
    private final Map<String, BigDecimal> lastPrices = new HashMap<>();
    private final Map<String, Instant> lastPriceTimes = new HashMap<>();
    private final Map<String, BigDecimal> previousCloses = new HashMap<>();

    public MarketData(List<String> symbols) {
        symbols.forEach(symbol -> bars.put(symbol, new ArrayList<>()));
    }

    public synchronized List<String> symbols() {
        return List.copyOf(bars.keySet());
    }

    public synchronized boolean knows(String symbol) {
        return bars.containsKey(symbol);
    }

    public synchronized void publish(Bar bar) {
        bars.computeIfAbsent(bar.symbol(), k -> new ArrayList<>()).add(bar);
        lastPrices.put(bar.symbol(), bar.close());
        lastPriceTimes.put(bar.symbol(), bar.end());
    }

    /** A trade away from the bar path (set by hand or a gap); becomes the price the next bar starts from. */
    public synchronized void setLastPrice(String symbol, BigDecimal price, Instant at) {
        lastPrices.put(symbol, price);
        lastPriceTimes.put(symbol, at);
    }

    public synchronized BigDecimal lastPrice(String symbol) {
        return lastPrices.get(symbol);
    }

    public synchronized Instant lastPriceTime(String symbol) {
        return lastPriceTimes.get(symbol);
    }

    /** Remembers today's last prices as the previous close, at a session close. */
    public synchronized void rollSession() {
        previousCloses.putAll(lastPrices);
    }

    public synchronized BigDecimal previousClose(String symbol) {
        return previousCloses.getOrDefault(symbol, lastPrices.get(symbol));
    }

    /** Bars of {@code symbol} starting in [from, to), in time order. */
    public synchronized List<Bar> bars(String symbol, Instant from, Instant to) {
        List<Bar> result = new ArrayList<>();
        for (Bar bar : bars.getOrDefault(symbol, List.of())) {
            if (!bar.start().isBefore(from) && bar.start().isBefore(to)) {
                result.add(bar);
            }
        }
        return result;
    }

    public synchronized Optional<Bar> latestBar(String symbol) {
        List<Bar> list = bars.getOrDefault(symbol, List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }
}
