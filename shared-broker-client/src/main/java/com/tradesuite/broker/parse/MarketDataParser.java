package com.tradesuite.broker.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.model.LatestQuote;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads market-data responses. Multi-symbol bars are an OBJECT keyed by symbol ({@code {"bars":{"AAPL":[..]}}});
 * reading them as an array is the seeds' "No bars response" bug. A null or missing {@code bars} is no data.
 */
public final class MarketDataParser {

    private final ObjectMapper mapper;

    public MarketDataParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public BarsPage parseBarsPage(String body) {
        JsonNode root = read(body);
        Map<String, List<Bar>> bars = new LinkedHashMap<>();
        JsonNode bySymbol = root.get("bars");
        if (bySymbol != null && bySymbol.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = bySymbol.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                bars.put(entry.getKey(), readBars(entry.getValue()));
            }
        } else if (bySymbol != null && bySymbol.isArray() && root.hasNonNull("symbol")) {
            // The single-symbol endpoint's shape, accepted so either URL works.
            bars.put(root.get("symbol").asText(), readBars(bySymbol));
        }
        JsonNode token = root.get("next_page_token");
        String next = token == null || token.isNull() || token.asText().isEmpty() ? null : token.asText();
        return new BarsPage(bars, next);
    }

    public Map<String, LatestQuote> parseLatestQuotes(String body) {
        JsonNode quotes = read(body).get("quotes");
        Map<String, LatestQuote> out = new LinkedHashMap<>();
        if (quotes == null || !quotes.isObject()) {
            return out;
        }
        quotes.fields().forEachRemaining(e -> out.put(e.getKey(), readQuote(e.getKey(), e.getValue())));
        return out;
    }

    private List<Bar> readBars(JsonNode array) {
        List<Bar> list = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return list;
        }
        for (JsonNode node : array) {
            try {
                list.add(mapper.treeToValue(node, Bar.class));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("malformed bar: " + node, e);
            }
        }
        return list;
    }

    private static LatestQuote readQuote(String symbol, JsonNode q) {
        return new LatestQuote(symbol, decimal(q, "bp"), q.path("bs").asLong(), decimal(q, "ap"), q.path("as").asLong(),
                q.hasNonNull("t") ? Instant.parse(q.get("t").asText()) : null);
    }

    private static BigDecimal decimal(JsonNode q, String field) {
        JsonNode value = q.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private JsonNode read(String body) {
        try {
            JsonNode node = mapper.readTree(body == null ? "{}" : body);
            return node == null ? mapper.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("market data response is not JSON", e);
        }
    }
}
