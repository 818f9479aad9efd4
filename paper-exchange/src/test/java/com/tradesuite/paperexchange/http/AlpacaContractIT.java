package com.tradesuite.paperexchange.http;

import static com.tradesuite.paperexchange.http.ExchangeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Every response shape the paper exchange serves validates against Alpaca's OpenAPI schema for that path. */
// Reads first (default order), then the tests that cancel orders and close positions.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlpacaContractIT {

    private static PaperExchangeServer server;
    private static ExchangeHttp http;
    private static String entryId;

    @BeforeAll
    static void start() {
        server = PaperExchangeServer.start(PaperExchangeConfig.builder().symbols("AAPL", "MSFT")
                .sessionStart(Instant.parse("2026-11-16T14:30:00Z")).historyBars(20).build());
        server.advanceBars(5);
        server.setPrice("AAPL", new BigDecimal("100"));
        http = new ExchangeHttp(server.baseUrl());
        entryId = json(http.post("/v2/orders", """
                {"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"gtc",
                 "order_class":"bracket","take_profit":{"limit_price":"110"},"stop_loss":{"stop_price":"95"}}"""))
                .path("id").asText();
        http.post("/v2/orders", "{\"symbol\":\"MSFT\",\"qty\":\"2\",\"side\":\"buy\",\"type\":\"market\","
                + "\"time_in_force\":\"day\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertMatches(String document, String specPath, String method, int status,
                                      HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonSchema schema = AlpacaSpec.response(document, specPath, method, status);
        JsonNode body = json(response);
        assertThat(AlpacaSpec.validate(schema, body)).as(specPath + " " + body).isEmpty();
    }

    private static void assertTrading(String specPath, String method, int status, HttpResponse<String> response) {
        assertMatches(AlpacaSpec.TRADING, specPath, method, status, response);
    }

    private static void assertMarketData(String specPath, HttpResponse<String> response) {
        assertMatches(AlpacaSpec.MARKET_DATA, specPath, "get", 200, response);
    }

    @Test
    void the_schema_check_is_not_vacuous() {
        JsonNode account = json(http.get("/v2/account"));
        ((ObjectNode) account).remove("id");
        ((ObjectNode) account).put("cash", 5);
        JsonSchema schema = AlpacaSpec.response(AlpacaSpec.TRADING, "/v2/account", "get", 200);
        assertThat(AlpacaSpec.validate(schema, account)).hasSize(2);
    }

    @Test
    void account() {
        assertTrading("/v2/account", "get", 200, http.get("/v2/account"));
    }

    @Test
    void clock_and_calendar() {
        assertTrading("/v2/clock", "get", 200, http.get("/v2/clock"));
        assertTrading("/v2/calendar", "get", 200, http.get("/v2/calendar?start=2026-11-16&end=2026-11-30"));
    }

    @Test
    void assets() {
        assertTrading("/v2/assets", "get", 200, http.get("/v2/assets"));
        assertTrading("/v2/assets/{symbol_or_asset_id}", "get", 200, http.get("/v2/assets/AAPL"));
    }

    @Test
    void orders() {
        assertTrading("/v2/orders", "get", 200, http.get("/v2/orders?status=all&nested=true"));
        assertTrading("/v2/orders", "get", 200, http.get("/v2/orders?status=all"));
        assertTrading("/v2/orders/{order_id}", "get", 200, http.get("/v2/orders/" + entryId));
        String clientOrderId = json(http.get("/v2/orders/" + entryId)).path("client_order_id").asText();
        assertTrading("/v2/orders:by_client_order_id", "get", 200,
                http.get("/v2/orders:by_client_order_id?client_order_id=" + clientOrderId));
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void placing_replacing_and_canceling_all_orders() {
        HttpResponse<String> placed = http.post("/v2/orders", "{\"symbol\":\"MSFT\",\"qty\":\"1\",\"side\":\"buy\","
                + "\"type\":\"limit\",\"limit_price\":\"1.00\",\"time_in_force\":\"gtc\"}");
        assertTrading("/v2/orders", "post", 200, placed);
        HttpResponse<String> replaced = http.patch("/v2/orders/" + json(placed).path("id").asText(),
                "{\"limit_price\":\"1.01\"}");
        assertTrading("/v2/orders/{order_id}", "patch", 200, replaced);
        http.post("/v2/orders", "{\"symbol\":\"MSFT\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"limit\","
                + "\"limit_price\":\"1.00\",\"time_in_force\":\"gtc\"}");
        HttpResponse<String> canceled = http.delete("/v2/orders");
        assertTrading("/v2/orders", "delete", 207, canceled);
    }

    @Test
    void positions() {
        assertTrading("/v2/positions", "get", 200, http.get("/v2/positions"));
        assertTrading("/v2/positions/{symbol_or_asset_id}", "get", 200, http.get("/v2/positions/AAPL"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closing_positions() {
        assertTrading("/v2/positions/{symbol_or_asset_id}", "delete", 200,
                http.delete("/v2/positions/MSFT?qty=1"));
        assertTrading("/v2/positions", "delete", 207, http.delete("/v2/positions"));
    }

    @Test
    void bars() {
        assertMarketData("/v2/stocks/bars",
                http.get("/v2/stocks/bars?symbols=AAPL,MSFT&timeframe=1Min&start=2026-11-13&limit=7"));
        assertMarketData("/v2/stocks/bars",
                http.get("/v2/stocks/bars?symbols=AAPL&timeframe=1Hour&start=2026-11-13"));
        assertMarketData("/v2/stocks/{symbol}/bars",
                http.get("/v2/stocks/AAPL/bars?timeframe=1Min&start=2026-11-13"));
        assertMarketData("/v2/stocks/bars/latest", http.get("/v2/stocks/bars/latest?symbols=AAPL,MSFT"));
    }

    @Test
    void quotes_trades_and_snapshots() {
        assertMarketData("/v2/stocks/quotes/latest", http.get("/v2/stocks/quotes/latest?symbols=AAPL,MSFT"));
        assertMarketData("/v2/stocks/{symbol}/quotes/latest", http.get("/v2/stocks/AAPL/quotes/latest"));
        assertMarketData("/v2/stocks/trades/latest", http.get("/v2/stocks/trades/latest?symbols=AAPL"));
        assertMarketData("/v2/stocks/snapshots", http.get("/v2/stocks/snapshots?symbols=AAPL,MSFT"));
    }
}
