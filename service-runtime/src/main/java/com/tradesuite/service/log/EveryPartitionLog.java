package com.tradesuite.service.log;

import java.util.function.IntFunction;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

/**
 * The output port for account-wide facts: one copy per partition of a topic, so every owner of any partition folds
 * it (ADR 0005); returns once the log has every copy, else throws {@link EventLogUnavailableException}.
 */
@FunctionalInterface
public interface EveryPartitionLog {

    /** @return the number of partitions written */
    <E extends Event> int appendToEveryPartition(Topic<E> topic, IntFunction<EventEnvelope<? extends E>> copyFor);
}
