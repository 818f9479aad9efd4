package com.tradesuite.schemas.topic;

import java.util.Map;

/**
 * A catalog topic that carries no events but a service's own bytes (snapshots of folded state), keyed by
 * {@code <service>:<partition>}: never an input of a fold, provisioned like the event topics.
 */
public record StateTopic(String name, Map<String, String> configs) implements TopicSpec {

    public StateTopic {
        configs = Map.copyOf(configs);
    }
}
