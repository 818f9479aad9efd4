package com.tradesuite.service.log;

/** Kafka did not take an event in time; the caller must not act as if it had been written. */
public class EventLogUnavailableException extends RuntimeException {

    public EventLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
