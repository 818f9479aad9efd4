package com.tradesuite.service.log;

import java.util.List;
import java.util.Map;

import com.tradesuite.schemas.topic.Topic;

/**
 * A service whose state is a fold of the log: it names the topics it reads and handles their events. The runtime
 * replays those topics on startup (readiness stays down until then) and then feeds it live events.
 */
public interface EventSourcedService extends LogHandler {

    /** The catalog topics this service folds. */
    List<Topic<?>> inputs();

    /**
     * The state folded from the log, as plain data (records, maps, lists), served at {@code GET /state} so an
     * operator or a test can compare the state before a crash with the state rebuilt after it.
     */
    default Object stateView() {
        return Map.of();
    }

    /**
     * Work this service took from the log and handed to another thread that has not finished yet (0 when every
     * decision is made on the log thread): {@code GET /state/progress} reports it, so a lockstep clock can wait.
     */
    default long pendingWork() {
        return 0;
    }
}
