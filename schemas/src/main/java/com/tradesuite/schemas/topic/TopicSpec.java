package com.tradesuite.schemas.topic;

import java.util.Map;

/** What provisioning needs of a topic: its name and the configs it is created with. */
public interface TopicSpec {

    String name();

    /** Topic-level configs applied at creation (retention, cleanup policy). */
    Map<String, String> configs();
}
