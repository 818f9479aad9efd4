package com.tradesuite.paperexchange.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.ReplaceRequest;
import java.math.BigDecimal;

/** Reads Alpaca order bodies; numbers may arrive as JSON strings or numbers, as Alpaca accepts both. */
final class OrderRequestParser {

    private OrderRequestParser() {
    }

    static OrderRequest order(String body) {
        JsonNode json = parse(body);
        JsonNode takeProfit = json.path("take_profit");
        JsonNode stopLoss = json.path("stop_loss");
        return new OrderRequest(
                text(json, "symbol"),
                decimal(json, "qty"),
                decimal(json, "notional"),
                text(json, "side"),
                text(json, "type"),
                text(json, "time_in_force"),
                decimal(json, "limit_price"),
                decimal(json, "stop_price"),
                decimal(json, "trail_price"),
                decimal(json, "trail_percent"),
                json.path("extended_hours").asBoolean(false),
                text(json, "client_order_id"),
                text(json, "order_class"),
                decimal(takeProfit, "limit_price", "take_profit.limit_price"),
                decimal(stopLoss, "stop_price", "stop_loss.stop_price"),
                decimal(stopLoss, "limit_price", "stop_loss.limit_price"));
    }

    static ReplaceRequest replace(String body) {
        JsonNode json = parse(body);
        return new ReplaceRequest(decimal(json, "qty"), text(json, "time_in_force"), decimal(json, "limit_price"),
                decimal(json, "stop_price"), decimal(json, "trail"), text(json, "client_order_id"));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new Responses.BadRequest("request body is required");
        }
        try {
            JsonNode json = AlpacaJson.MAPPER.readTree(body);
            if (json == null || !json.isObject()) {
                throw new Responses.BadRequest("request body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new Responses.BadRequest("request body format is invalid");
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        return decimal(json, field, field);
    }

    private static BigDecimal decimal(JsonNode json, String field, String name) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new Responses.BadRequest("invalid " + name + ": " + node.asText());
        }
    }
}
