package com.tradesuite.service.log;

import java.util.Set;

/** What a service does with its input events. Called from one thread, in log order per partition. */
public interface LogHandler {

    /** Folds (and, when not a replay, acts on) one event. */
    void onEvent(LoggedEvent event);

    /**
     * The service's partitions are being reassigned: forget all state, the assigned partitions will be replayed
     * from the beginning before any further live event.
     */
    default void onStateReset() {
    }

    /**
     * Called once the history of newly assigned partitions has been folded, before their live events arrive:
     * the place to act on work the log shows as pending (e.g. a signal that arrived while the service was down).
     */
    default void onReplayCompleted(Set<Integer> partitions) {
    }
}
