package com.tradesuite.domain.regime;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import com.tradesuite.schemas.event.BarClosed;

/**
 * One symbol's regime indicators (efficiency ratio and ADX), folded bar by bar; a bar not newer than the last is a
 * replay and changes nothing. Bounded: the efficiency ratio's window and the ADX's few numbers.
 */
public record SymbolRegime(EfficiencyRatio efficiency, WilderAdx adx, Instant lastBarStart) implements Serializable {

    public static SymbolRegime initial(RegimeSettings settings) {
        return new SymbolRegime(EfficiencyRatio.of(settings.efficiencyBars()), WilderAdx.of(settings.adxPeriod()),
                null);
    }

    public SymbolRegime next(BarClosed bar) {
        if (lastBarStart != null && !bar.barStart().isAfter(lastBarStart)) {
            return this;
        }
        return new SymbolRegime(efficiency.next(bar.close().doubleValue()),
                adx.next(bar.high().doubleValue(), bar.low().doubleValue(), bar.close().doubleValue()),
                bar.barStart());
    }

    /** The regime once both indicators are ready. */
    public Optional<RegimeReading> reading(String symbol, RegimeSettings settings) {
        OptionalDouble er = efficiency.value();
        OptionalDouble strength = adx.value();
        if (er.isEmpty() || strength.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RegimeReading.classify(symbol, er.getAsDouble(), strength.getAsDouble(), settings));
    }
}
