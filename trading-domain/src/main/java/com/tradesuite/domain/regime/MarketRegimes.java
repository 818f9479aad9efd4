package com.tradesuite.domain.regime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;

/**
 * The market's regime for a signal: the index symbol's regime when it can be measured, else the signal's own
 * symbol's (an index missing from the feed, or still warming up); empty while neither can be measured. One
 * {@link SymbolRegime} per symbol seen, nothing more.
 */
public final class MarketRegimes {

    private final RegimeSettings settings;
    private final Map<String, SymbolRegime> symbols = new HashMap<>();

    public MarketRegimes(RegimeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public RegimeSettings settings() {
        return settings;
    }

    /** Folds one bar of {@code symbol} (the caller passes only bars of the signal timeframe). */
    public void onBar(String symbol, BarClosed bar) {
        symbols.put(symbol, symbols.computeIfAbsent(symbol, s -> SymbolRegime.initial(settings)).next(bar));
    }

    /** The regime a signal of {@code symbol} carries: the index's reading, else the symbol's own. */
    public Optional<RegimeReading> forSignal(String symbol) {
        Optional<RegimeReading> index = reading(settings.indexSymbol());
        return index.isPresent() ? index : reading(symbol);
    }

    /** One symbol's own reading. */
    public Optional<RegimeReading> reading(String symbol) {
        SymbolRegime regime = symbols.get(symbol);
        return regime == null ? Optional.empty() : regime.reading(symbol, settings);
    }
}
