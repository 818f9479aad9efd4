package com.tradesuite.schemas.serde;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;

/** Builds the {@code dead-letter} record for input that failed validation, keeping the original bytes whole. */
public final class DeadLetters {

    /** Key used when the bad record had no usable symbol key. */
    public static final String UNKNOWN_SYMBOL = "_unknown";

    private DeadLetters() {
    }

    public static EventEnvelope<EventDeadLettered> of(String topic, int partition, long offset, byte[] key,
                                                      byte[] value, DecodeError error, String source, Instant now) {
        String keyText = key == null ? null : new String(key, StandardCharsets.UTF_8);
        String symbol = keyText == null || keyText.isBlank() ? UNKNOWN_SYMBOL : keyText;
        EventDeadLettered payload = new EventDeadLettered(topic, partition, offset, keyText,
                Base64.getEncoder().encodeToString(value == null ? new byte[0] : value),
                error.kind().name(), error.reason());
        // Deterministic id: re-processing the same bad record yields the same dead letter.
        String eventId = "dlq:" + topic + ":" + partition + ":" + offset;
        return EventEnvelope.withId(eventId, payload, symbol, source, now, null, null);
    }
}
