package com.tradesuite.broker.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.model.TradeUpdate;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Decodes trade_updates frames (same JSON whether the frame was text or binary). */
public final class StreamMessageParser {

    private final ObjectMapper mapper;

    public StreamMessageParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Decodes a frame holding one message or an array of messages. */
    public List<StreamMessage> parseFrame(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stream frame is not JSON", e);
        }
        List<StreamMessage> messages = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(node -> messages.add(parse(node)));
        } else if (root != null) {
            messages.add(parse(root));
        }
        return messages;
    }

    private StreamMessage parse(JsonNode root) {
        String text = root.toString();
        String stream = root.path("stream").asText("");
        JsonNode data = root.path("data");
        switch (stream) {
            case "authorization":
                String status = data.path("status").asText("");
                return new StreamMessage.Authorization("authorized".equals(status), status);
            case "listening":
                List<String> streams = new ArrayList<>();
                data.path("streams").forEach(s -> streams.add(s.asText()));
                return new StreamMessage.Listening(streams, data.hasNonNull("error") ? data.get("error").asText() : null);
            case "trade_updates":
                return new StreamMessage.Update(readUpdate(data));
            default:
                return new StreamMessage.Other(stream, text);
        }
    }

    private TradeUpdate readUpdate(JsonNode data) {
        try {
            return mapper.treeToValue(data, TradeUpdate.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("malformed trade update", e);
        }
    }
}
