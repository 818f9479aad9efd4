package com.tradesuite.schemas.serde;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.EventTypes;

/**
 * Decodes a well-formed envelope in one pass over the bytes (the writer puts {@code type} before {@code payload}),
 * without building a tree: the replay's hot path. Anything unusual returns null, and the caller decodes the bytes
 * again the thorough way, which classifies the failure; so this path changes speed, never results.
 */
final class StreamingDecode {

    private StreamingDecode() {
    }

    /** The envelope, or null when the bytes need the thorough decoding (or are invalid). */
    static <E extends Event> EventEnvelope<E> tryDecode(ObjectMapper mapper, byte[] bytes, Class<E> family) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            return read(mapper, parser, family);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <E extends Event> EventEnvelope<E> read(ObjectMapper mapper, JsonParser parser, Class<E> family)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String eventId = null;
        String type = null;
        Integer schemaVersion = null;
        String occurredAt = null;
        String symbol = null;
        String source = null;
        String correlationId = null;
        String causationId = null;
        Event payload = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "eventId" -> eventId = text(parser, value);
                case "type" -> type = text(parser, value);
                case "occurredAt" -> occurredAt = text(parser, value);
                case "symbol" -> symbol = text(parser, value);
                case "source" -> source = text(parser, value);
                case "correlationId" -> correlationId = text(parser, value);
                case "causationId" -> causationId = text(parser, value);
                case "schemaVersion" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        return null;
                    }
                    schemaVersion = parser.getIntValue();
                }
                case "payload" -> {
                    Optional<Class<? extends Event>> eventClass = type == null ? Optional.empty() : EventTypes.byName(type);
                    if (value != JsonToken.START_OBJECT || eventClass.isEmpty()
                            || !family.isAssignableFrom(eventClass.get())) {
                        return null;
                    }
                    payload = mapper.readValue(parser, eventClass.get());
                }
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || payload == null
                || schemaVersion == null || occurredAt == null || !occurredAt.endsWith("Z")) {
            return null;
        }
        @SuppressWarnings("unchecked")
        E typed = (E) payload;
        return new EventEnvelope<>(eventId, type, schemaVersion, IsoInstants.parse(occurredAt), symbol, source,
                correlationId, causationId, typed);
    }

    /** A string field's text, null for JSON null; anything else is unusual. */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new IOException("not a string");
        }
        return parser.getText();
    }
}
