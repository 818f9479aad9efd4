package com.tradesuite.monitor;

import java.util.List;
import java.util.Set;

import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monitor folds {@code orders}, {@code fills} and {@code exit-source} into one immutable state; it only reports
 * (it never calls the broker and never writes), so live events are folded exactly like replayed ones.
 */
@ApplicationScoped
public class MonitorService implements EventSourcedService {

    private volatile MonitorState state = MonitorState.empty();

    @Override
    public List<Topic<?>> inputs() {
        return List.of(TopicCatalog.ORDERS, TopicCatalog.FILLS, TopicCatalog.EXIT_SOURCE);
    }

    @Override
    public void onEvent(LoggedEvent event) {
        state = state.apply(event.envelope());
    }

    @Override
    public void onReplayCompleted(Set<Integer> partitions) {
        state = state.replayCompleted();
    }

    @Override
    public void onStateReset() {
        state = MonitorState.empty();
    }

    /** The latest folded state: one consistent snapshot (the state is immutable). */
    public MonitorState state() {
        return state;
    }
}
