package com.tradesuite.schemas.serde;

/**
 * Why some bytes are not a valid event on a topic; the caller sends them to {@code dead-letter} with this reason.
 */
public record DecodeError(Kind kind, String reason) {

    /** Stable reason classes, usable in metrics and dashboards. */
    public enum Kind {
        /** Not JSON at all, or not a JSON object. */
        MALFORMED_JSON,
        /** The envelope lacks a field or has one of the wrong shape. */
        INVALID_ENVELOPE,
        /** The {@code type} names no known event. */
        UNKNOWN_TYPE,
        /** A known event that does not belong on this topic. */
        WRONG_TOPIC,
        /** The payload does not satisfy its event's rules. */
        INVALID_PAYLOAD
    }
}
