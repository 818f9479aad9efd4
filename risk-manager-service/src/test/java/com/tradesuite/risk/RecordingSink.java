package com.tradesuite.risk;

import com.tradesuite.risk.act.EventSink;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory log: records what was appended and folds it into the state at once, as the log thread would. */
public final class RecordingSink implements EventSink {

    public record Appended(String topic, EventEnvelope<?> envelope) {
    }

    private final RiskState state;
    private final List<Appended> appended = new CopyOnWriteArrayList<>();

    public RecordingSink(RiskState state) {
        this.state = state;
    }

    @Override
    public <E extends Event> void publish(Topic<E> topic, EventEnvelope<? extends E> envelope) {
        appended.add(new Appended(topic.name(), envelope));
        if (state != null) {
            state.apply(envelope);
        }
    }

    public List<Appended> appended() {
        return appended;
    }

    public List<Object> payloads() {
        return appended.stream().map(a -> (Object) a.envelope().payload()).toList();
    }
}
