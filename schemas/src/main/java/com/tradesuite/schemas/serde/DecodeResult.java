package com.tradesuite.schemas.serde;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;

/** The outcome of reading a record: a valid event, or the typed reason it is not one (never an exception). */
public sealed interface DecodeResult<E extends Event> {

    /** Bytes that are a valid event of the expected family. */
    record Valid<E extends Event>(EventEnvelope<E> envelope) implements DecodeResult<E> {
    }

    /** Bytes that are not; {@code bytes} are the original input, kept for the dead-letter record. */
    record Invalid<E extends Event>(DecodeError error, byte[] bytes) implements DecodeResult<E> {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
