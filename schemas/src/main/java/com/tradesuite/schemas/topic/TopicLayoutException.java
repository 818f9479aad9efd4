package com.tradesuite.schemas.topic;

/** The cluster's topics cannot be used as the catalog requires (e.g. a partition count breaks co-partitioning). */
public class TopicLayoutException extends RuntimeException {

    public TopicLayoutException(String message) {
        super(message);
    }

    public TopicLayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
