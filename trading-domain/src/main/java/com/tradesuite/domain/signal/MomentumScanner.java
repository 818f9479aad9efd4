package com.tradesuite.domain.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.regime.MarketRegimes;
import com.tradesuite.domain.regime.RegimeReading;
import com.tradesuite.domain.regime.RegimeSettings;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * The momentum rule over every symbol: one {@link MomentumState} per symbol, fed by {@code market-data} envelopes;
 * each signal carries the market regime measured on the same bars ({@link MarketRegimes}).
 */
public final class MomentumScanner {

    private final MomentumEntryRule rule;
    private final String timeframe;
    private final Map<String, MomentumState> states = new HashMap<>();
    private final MarketRegimes regimes;

    /** With the default regime settings (SPY as the market). */
    public MomentumScanner(MomentumSettings settings) {
        this(settings, RegimeSettings.defaults());
    }

    public MomentumScanner(MomentumSettings settings, RegimeSettings regime) {
        this.rule = new MomentumEntryRule(Objects.requireNonNull(settings, "settings"));
        this.timeframe = settings.timeframe();
        this.regimes = new MarketRegimes(regime);
    }

    /** Folds one envelope; returns the entry signal its bar produced, if any. Non-bar events are ignored. */
    public Optional<EntrySignalled> onEvent(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof BarClosed bar)) {
            return Optional.empty();
        }
        String symbol = envelope.symbol();
        if (timeframe.equals(bar.timeframe())) {
            regimes.onBar(symbol, bar);
        }
        MomentumState state = states.computeIfAbsent(symbol, s -> rule.initialState());
        MomentumStep step = rule.onBar(symbol, state, bar);
        states.put(symbol, step.state());
        return step.signal().map(signal -> regimeFor(symbol)
                .map(reading -> signal.withRegime(reading.regime())).orElse(signal));
    }

    /** The regime a signal of {@code symbol} carries now (the index's, else its own); empty while unmeasurable. */
    public Optional<RegimeReading> regimeFor(String symbol) {
        return regimes.forSignal(symbol);
    }

    public Optional<MomentumState> stateOf(String symbol) {
        return Optional.ofNullable(states.get(symbol));
    }
}
