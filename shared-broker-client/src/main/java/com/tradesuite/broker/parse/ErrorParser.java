package com.tradesuite.broker.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.error.AuthenticationException;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.ForbiddenException;
import com.tradesuite.broker.error.InsufficientBuyingPowerException;
import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.broker.error.RejectedException;
import com.tradesuite.broker.error.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an Alpaca error response (status + JSON body) into the matching typed {@link BrokerException}. */
public final class ErrorParser {

    /** Alpaca's code for the duplicate client_order_id rejection (unverified, so the message also counts). */
    public static final long DUPLICATE_CLIENT_ORDER_ID = 40010001L;
    /** Alpaca's code shared by insufficient qty and insufficient buying power. */
    public static final long INSUFFICIENT = 40310000L;

    private final ObjectMapper mapper;

    public ErrorParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param status HTTP status (>= 400)
     * @param body response body, possibly empty or not JSON
     * @param retryAfter the server's wait hint for 429s, or null
     */
    public BrokerException parse(int status, String body, Duration retryAfter) {
        JsonNode json = readQuietly(body);
        Long code = json.hasNonNull("code") ? json.get("code").asLong() : null;
        String message = json.hasNonNull("message") ? json.get("message").asText() : defaultMessage(status, body);
        String lower = message.toLowerCase(Locale.ROOT);
        String text = "HTTP " + status + (code == null ? "" : " code " + code) + ": " + message;

        if (isDuplicateClientOrderId(code, lower)) {
            return new DuplicateClientOrderIdException(status, code, text, body);
        }
        if (status == 403 && (json.has("held_for_orders") || lower.contains("insufficient qty"))) {
            return new InsufficientQtyException(code, text, body, textOrNull(json, "symbol"),
                    decimal(json, "available"), decimal(json, "existing_qty"), decimal(json, "held_for_orders"),
                    strings(json.get("related_orders")));
        }
        if (status == 403 && (json.has("buying_power") || lower.contains("buying power"))) {
            return new InsufficientBuyingPowerException(code, text, body, decimal(json, "buying_power"),
                    decimal(json, "cost_basis"));
        }
        if (status == 429) {
            return new RateLimitedException(code, text, body, retryAfter);
        }
        if (status >= 500) {
            return new BrokerUnavailableException(status, code, text, body, null);
        }
        switch (status) {
            case 401:
                return new AuthenticationException(status, code, text, body);
            case 403:
                return new ForbiddenException(status, code, text, body);
            case 404:
                return new NotFoundException(status, code, text, body);
            case 422:
                return new ValidationException(status, code, text, body);
            default:
                return new RejectedException(status, code, text, body);
        }
    }

    private static boolean isDuplicateClientOrderId(Long code, String lowerMessage) {
        return (code != null && code == DUPLICATE_CLIENT_ORDER_ID)
                || (lowerMessage.contains("client_order_id") && lowerMessage.contains("unique"));
    }

    private JsonNode readQuietly(String body) {
        if (body == null || body.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : mapper.createObjectNode();
        } catch (IOException notJson) {
            // Proxies and gateways answer with HTML or plain text; keep the status, drop the body shape.
            return mapper.createObjectNode();
        }
    }

    private static String defaultMessage(int status, String body) {
        if (body != null && !body.isBlank() && body.length() <= 200) {
            return body.trim();
        }
        return "HTTP " + status;
    }

    private static String textOrNull(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        if (!json.hasNonNull(field)) {
            return null;
        }
        try {
            return new BigDecimal(json.get(field).asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> out.add(item.asText()));
        }
        return out;
    }
}
