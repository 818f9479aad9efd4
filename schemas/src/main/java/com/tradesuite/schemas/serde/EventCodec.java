package com.tradesuite.schemas.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.EventTypes;

/**
 * Encodes envelopes to JSON bytes and decodes bytes into envelopes of one event family, turning every failure into
 * a {@link DecodeError} rather than an exception.
 */
public final class EventCodec<E extends Event> {

    private static final String PAYLOAD = "payload";

    private final Class<E> family;
    private final ObjectMapper mapper = EventJson.mapper();

    public EventCodec(Class<E> family) {
        this.family = family;
    }

    public Class<E> family() {
        return family;
    }

    /** Serialises an envelope; events are valid by construction, so this only fails on a programming error. */
    public byte[] encode(EventEnvelope<? extends E> envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise " + envelope.type(), e);
        }
    }

    /** Reads bytes as an envelope of this codec's family. */
    public DecodeResult<E> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return invalid(DecodeError.Kind.MALFORMED_JSON, "empty record value", bytes);
        }
        EventEnvelope<E> fast = StreamingDecode.tryDecode(mapper, bytes, family);
        return fast != null ? new DecodeResult.Valid<>(fast) : decodeAsTree(bytes);
    }

    /** The reference decoding: every failure classified; the streaming path falls back to it for anything unusual. */
    DecodeResult<E> decodeAsTree(byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            return invalid(DecodeError.Kind.MALFORMED_JSON, "not JSON: " + firstLine(e.getMessage()), bytes);
        }
        if (root == null || !root.isObject()) {
            return invalid(DecodeError.Kind.MALFORMED_JSON, "not a JSON object", bytes);
        }
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            return invalid(DecodeError.Kind.INVALID_ENVELOPE, "missing text field 'type'", bytes);
        }
        String type = typeNode.asText();
        Optional<Class<? extends Event>> eventClass = EventTypes.byName(type);
        if (eventClass.isEmpty()) {
            return invalid(DecodeError.Kind.UNKNOWN_TYPE, "unknown event type '" + type + "'", bytes);
        }
        if (!family.isAssignableFrom(eventClass.get())) {
            return invalid(DecodeError.Kind.WRONG_TOPIC,
                    "event type '" + type + "' is not a " + family.getSimpleName(), bytes);
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            return invalid(DecodeError.Kind.INVALID_ENVELOPE, "missing integer field 'schemaVersion'", bytes);
        }
        JsonNode payloadNode = root.get(PAYLOAD);
        if (payloadNode == null || !payloadNode.isObject()) {
            return invalid(DecodeError.Kind.INVALID_ENVELOPE, "missing object field 'payload'", bytes);
        }
        try {
            Event payload = mapper.treeToValue(payloadNode, eventClass.get());
            ObjectNode header = ((ObjectNode) root).deepCopy();
            header.remove(PAYLOAD);
            EnvelopeHeader h = mapper.treeToValue(header, EnvelopeHeader.class);
            @SuppressWarnings("unchecked")
            E typed = (E) payload;
            return new DecodeResult.Valid<>(new EventEnvelope<>(h.eventId(), h.type(), h.schemaVersion(),
                    h.occurredAt(), h.symbol(), h.source(), h.correlationId(), h.causationId(), typed));
        } catch (JsonProcessingException e) {
            return invalid(DecodeError.Kind.INVALID_PAYLOAD, type + ": " + rootCauseMessage(e), bytes);
        } catch (IllegalArgumentException | NullPointerException e) {
            return invalid(DecodeError.Kind.INVALID_ENVELOPE, type + ": " + e.getMessage(), bytes);
        }
    }

    private DecodeResult<E> invalid(DecodeError.Kind kind, String reason, byte[] bytes) {
        return new DecodeResult.Invalid<>(new DecodeError(kind, reason), bytes == null ? new byte[0] : bytes);
    }

    private static String rootCauseMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause == e ? ((JsonProcessingException) e).getOriginalMessage() : cause.getMessage();
        return firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The envelope fields without the payload, read in one go. */
    private record EnvelopeHeader(String eventId, String type, int schemaVersion, Instant occurredAt, String symbol,
                                  String source, String correlationId, String causationId) {
    }
}
