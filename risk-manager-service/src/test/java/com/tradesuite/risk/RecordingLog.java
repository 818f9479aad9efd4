package com.tradesuite.risk;

import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.log.EventLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory log: records what was appended and folds it into the state at once, as the log thread would; with no
 * state it lags, and {@link #awaits(String)} says what it has not folded yet (as the runtime's OwnWrites does).
 */
public final class RecordingLog implements EventLog {

    public record Appended(String topic, EventEnvelope<?> envelope) {
    }

    private final RiskState state;
    private final List<Appended> appended = new CopyOnWriteArrayList<>();
    private final List<EventEnvelope<?>> unfolded = new CopyOnWriteArrayList<>();

    public RecordingLog(RiskState state) {
        this.state = state;
    }

    @Override
    public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
        appended.add(new Appended(topic.name(), envelope));
        if (state != null) {
            state.apply(envelope);
        } else {
            unfolded.add(envelope);
        }
    }

    /** True while an append of the symbol has not been folded (a lagging log only). */
    public boolean awaits(String symbol) {
        return unfolded.stream().anyMatch(envelope -> envelope.symbol().equals(symbol));
    }

    /** The lagging log catches up: everything appended is folded into {@code into}. */
    public void foldInto(RiskState into) {
        unfolded.forEach(into::apply);
        unfolded.clear();
    }

    public List<Appended> appended() {
        return appended;
    }

    public List<Object> payloads() {
        return appended.stream().map(a -> (Object) a.envelope().payload()).toList();
    }
}
