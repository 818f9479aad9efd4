package com.tradesuite.domain.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;

/** The momentum rule over every symbol: one {@link MomentumState} per symbol, fed by {@code market-data} envelopes. */
public final class MomentumScanner {

    private final MomentumEntryRule rule;
    private final Map<String, MomentumState> states = new HashMap<>();

    public MomentumScanner(MomentumSettings settings) {
        this.rule = new MomentumEntryRule(Objects.requireNonNull(settings, "settings"));
    }

    /** Folds one envelope; returns the entry signal its bar produced, if any. Non-bar events are ignored. */
    public Optional<EntrySignalled> onEvent(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof BarClosed bar)) {
            return Optional.empty();
        }
        MomentumState state = states.computeIfAbsent(envelope.symbol(), symbol -> rule.initialState());
        MomentumStep step = rule.onBar(envelope.symbol(), state, bar);
        states.put(envelope.symbol(), step.state());
        return step.signal();
    }

    public Optional<MomentumState> stateOf(String symbol) {
        return Optional.ofNullable(states.get(symbol));
    }
}
