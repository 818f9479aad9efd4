package com.tradesuite.service;

import static io.restassured.RestAssured.given;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the service's folded state from {@code GET /state}: the body's {@code state} field when the body is the
 * envelope (service, owned partitions, folded offsets, state), else the whole body. Decimals stay exact.
 */
public final class StateEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private StateEndpoint() {
    }

    /** The folded state now (the service must have replayed its log: 200). */
    public static JsonNode state() {
        String body = given().when().get("/state").then().statusCode(200).extract().asString();
        try {
            JsonNode node = JSON.readTree(body);
            return node.has("state") && node.has("service") ? node.get("state") : node;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("GET /state is not JSON: " + body, e);
        }
    }

    /** The rows of an array field (e.g. {@code trading.openOrders}) whose {@code field} is {@code value}. */
    public static List<JsonNode> rows(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(row -> value.equals(row.path(field).asText(null))).toList();
    }
}
