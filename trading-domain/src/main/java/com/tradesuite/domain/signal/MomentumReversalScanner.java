package com.tradesuite.domain.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSignalled;

/** The momentum reversal rule over every symbol: one {@link MomentumReversalRule.State} per symbol. */
public final class MomentumReversalScanner {

    private final MomentumReversalRule rule;
    private final Map<String, MomentumReversalRule.State> states = new HashMap<>();

    public MomentumReversalScanner(MomentumReversalRule.Settings settings) {
        this.rule = new MomentumReversalRule(settings);
    }

    /** Folds one envelope; returns the exit signal its bar produced, if any. Non-bar events are ignored. */
    public Optional<ExitSignalled> onEvent(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof BarClosed bar)) {
            return Optional.empty();
        }
        MomentumReversalRule.State state = states.computeIfAbsent(envelope.symbol(), symbol -> rule.initialState());
        MomentumReversalRule.Step step = rule.onBar(envelope.symbol(), state, bar);
        states.put(envelope.symbol(), step.state());
        return step.signal();
    }
}
