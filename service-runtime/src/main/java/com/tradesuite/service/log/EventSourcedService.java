package com.tradesuite.service.log;

import java.util.List;

import com.tradesuite.schemas.topic.Topic;

/**
 * A service whose state is a fold of the log: it names the topics it reads and handles their events. The runtime
 * replays those topics on startup (readiness stays down until then) and then feeds it live events.
 */
public interface EventSourcedService extends LogHandler {

    /** The catalog topics this service folds. */
    List<Topic<?>> inputs();
}
