package com.tradesuite.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A restarted service must rebuild the state it had: compares {@code GET /state} before a kill with the same after
 * the restart, on what the log determines (the folded state and the owned partitions), never on how far the consumer
 * has read (folded offsets), and counts the comparisons that had something to lose (a position or an open order).
 */
final class RestartedStates {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Map<String, String> mismatches = new LinkedHashMap<>();
    private final List<String> substantial = new ArrayList<>();

    /**
     * The comparable part of a {@code GET /state} body: with the envelope ({@code service}, {@code ownedPartitions},
     * {@code foldedOffsets}, {@code state}) its state and owned partitions, else the whole body; an answer that is
     * not JSON (the service was down or replaying) compares as its text.
     */
    static JsonNode comparable(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(body);
        }
        if (node == null || !node.isObject() || !node.has("state") || !node.has("service")) {
            return node == null ? TextNode.valueOf(body) : node;
        }
        ObjectNode kept = JSON.createObjectNode();
        kept.set("ownedPartitions", sorted(node.path("ownedPartitions")));
        kept.set("state", node.get("state"));
        return kept;
    }

    /** Records a mismatch when the state rebuilt after the restart differs from the state before the kill. */
    void compare(String service, JsonNode before, JsonNode after) {
        if (!before.equals(after)) {
            mismatches.put(service, "before: " + before + "\nafter:  " + after);
        }
        if (holdsPositionsOrOrders(before)) {
            substantial.add(service);
        }
    }

    /** Service -> both states, for every restart that rebuilt a different state. */
    Map<String, String> mismatches() {
        return Map.copyOf(mismatches);
    }

    /** The services whose compared state had an open position or order (so the comparison could lose something). */
    List<String> substantialComparisons() {
        return List.copyOf(substantial);
    }

    /** True when some {@code positions} or {@code openOrders} array in the state is not empty. */
    static boolean holdsPositionsOrOrders(JsonNode state) {
        List<JsonNode> rows = new ArrayList<>(state.findValues("positions"));
        rows.addAll(state.findValues("openOrders"));
        return rows.stream().anyMatch(node -> node.isArray() && !node.isEmpty());
    }

    private static JsonNode sorted(JsonNode partitions) {
        if (!partitions.isArray()) {
            return partitions;
        }
        ArrayNode sorted = JSON.createArrayNode();
        StreamSupport.stream(partitions.spliterator(), false).map(JsonNode::asInt).sorted().forEach(sorted::add);
        return sorted;
    }
}
