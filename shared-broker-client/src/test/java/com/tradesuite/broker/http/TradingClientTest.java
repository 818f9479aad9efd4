package com.tradesuite.broker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.model.CancelResult;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatusFilter;
import com.tradesuite.broker.parse.BrokerJson;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.ClosePosition;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.request.ReplaceOrderRequest;
import com.tradesuite.broker.support.Fixtures;
import com.tradesuite.broker.support.MockBroker;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradingClientTest {

    private final ObjectMapper mapper = BrokerJson.newMapper();
    private MockWebServer server;
    private MockBroker broker;
    private TradingClient trading;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        broker = new MockBroker(server);
        trading = broker.client.trading();
    }

    @AfterEach
    void stop() throws IOException {
        broker.client.close();
        server.shutdown();
    }

    @Test
    void given_a_bracket_when_submitted_then_the_posted_body_is_a_bracket_with_both_legs() throws Exception {
        server.enqueue(json(200, Fixtures.read("order-bracket-nested.json")));

        Order placed = trading.submitOrder(BracketEntry.of("NVDA", OrderSide.BUY, new BigDecimal("59"))
                .takeProfit(new BigDecimal("900.5")).stopLoss(new BigDecimal("850")).build());

        RecordedRequest request = server.takeRequest();
        JsonNode body = mapper.readTree(request.getBody().readUtf8());
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/orders");
        assertThat(body.get("order_class").asText()).isEqualTo("bracket");
        assertThat(body.at("/take_profit/limit_price").asText()).isEqualTo("900.50");
        assertThat(body.at("/stop_loss/stop_price").asText()).isEqualTo("850.00");
        assertThat(placed.legs()).hasSize(2);
    }

    @Test
    void given_our_retry_meets_a_duplicate_id_then_the_already_placed_order_is_returned() throws Exception {
        server.enqueue(json(503, "{\"message\":\"upstream timeout\"}"));
        server.enqueue(json(422, Fixtures.read("error-duplicate-client-order-id.json")));
        server.enqueue(json(200, Fixtures.read("order-bracket-nested.json")));

        Order order = trading.submitOrder(OrderRequest.market("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .withClientOrderId("entry-nvda-3f1c2b"));

        assertThat(order.clientOrderId()).isEqualTo("entry-nvda-3f1c2b");
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getPath())
                .isEqualTo("/v2/orders:by_client_order_id?client_order_id=entry-nvda-3f1c2b");
    }

    @Test
    void given_a_duplicate_on_the_first_try_then_the_typed_error_reaches_the_caller() {
        server.enqueue(json(422, Fixtures.read("error-duplicate-client-order-id.json")));

        assertThatThrownBy(() -> trading.submitOrder(OrderRequest.market("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .withClientOrderId("entry-nvda-3f1c2b"))).isInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void given_a_query_when_listing_then_every_filter_is_on_the_url() throws Exception {
        server.enqueue(json(200, "[]"));

        trading.listOrders(OrderQuery.all().withLimit(50).withSymbols(List.of("NVDA", "AMD"))
                .withAfter(Instant.parse("2024-03-04T14:00:00Z")).withSide(OrderSide.SELL));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).startsWith("/v2/orders?")
                .contains("status=all", "limit=50", "direction=asc", "nested=true", "symbols=NVDA%2CAMD", "side=sell");
        assertThat(request.getRequestUrl().queryParameter("after")).isEqualTo("2024-03-04T14:00:00Z");
    }

    @Test
    void given_more_than_a_page_when_listing_all_then_pages_are_walked_by_time() throws Exception {
        server.enqueue(json(200, "[" + order("a", "2024-03-04T14:00:01Z") + "," + order("b", "2024-03-04T14:00:02Z") + "]"));
        server.enqueue(json(200, "[" + order("b", "2024-03-04T14:00:02Z") + "," + order("c", "2024-03-04T14:00:03Z") + "]"));
        server.enqueue(json(200, "[" + order("c", "2024-03-04T14:00:03Z") + "]"));

        List<Order> all = trading.listAllOrders(OrderQuery.all().withLimit(2));

        assertThat(all).extracting(Order::id).containsExactly("a", "b", "c");
        server.takeRequest();
        assertThat(server.takeRequest().getRequestUrl().queryParameter("after")).isEqualTo("2024-03-04T14:00:01.999999Z");
    }

    @Test
    void given_a_replace_then_a_patch_with_only_the_changed_fields_returns_the_new_order() throws Exception {
        server.enqueue(json(200, order("new-id", "2024-03-04T14:00:01Z")));

        Order replacement = trading.replaceOrder("old-id", ReplaceOrderRequest.builder().stopPrice(new BigDecimal("852")));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getPath()).isEqualTo("/v2/orders/old-id");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"stop_price\":\"852.00\"}");
        assertThat(replacement.id()).isEqualTo("new-id");
    }

    @Test
    void given_cancel_all_then_the_207_outcomes_are_returned() throws Exception {
        server.enqueue(json(207, "[{\"id\":\"a\",\"status\":200},{\"id\":\"b\",\"status\":500}]"));

        List<CancelResult> results = trading.cancelAllOrders();

        assertThat(results).extracting(CancelResult::succeeded).containsExactly(true, false);
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void given_cancel_one_then_delete_by_id() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));

        trading.cancelOrder("abc");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getPath()).isEqualTo("/v2/orders/abc");
    }

    @Test
    void given_position_calls_then_paths_and_404_as_empty() throws Exception {
        server.enqueue(json(200, order("close", "2024-03-04T14:00:01Z")));
        server.enqueue(json(404, "{\"code\":40410000,\"message\":\"position does not exist\"}"));
        server.enqueue(json(200, "[" + Fixtures.read("position.json") + "]"));

        trading.closePosition("NVDA", ClosePosition.percentage(new BigDecimal("50")));
        assertThat(trading.getPosition("AMD")).isEmpty();
        assertThat(trading.listPositions()).hasSize(1);

        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/positions/NVDA?percentage=50");
        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/positions/AMD");
    }

    @Test
    void given_get_by_id_clock_and_calendar_then_their_paths() throws Exception {
        server.enqueue(json(200, Fixtures.read("order-bracket-nested.json")));
        server.enqueue(json(200, Fixtures.read("clock.json")));
        server.enqueue(json(200, Fixtures.read("calendar.json")));

        trading.getOrder("61e69015");
        assertThat(trading.getClock().isOpen()).isTrue();
        assertThat(trading.getCalendar(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5))).hasSize(2);

        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/orders/61e69015?nested=true");
        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/clock");
        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/calendar?start=2024-03-04&end=2024-03-05");
    }

    @Test
    void given_a_status_filter_then_it_is_spelled_as_alpaca_expects() {
        assertThat(OrderStatusFilter.OPEN.wire()).isEqualTo("open");
        assertThat(OrderStatusFilter.CLOSED.wire()).isEqualTo("closed");
    }

    private static String order(String id, String submittedAt) {
        return "{\"id\":\"" + id + "\",\"symbol\":\"NVDA\",\"status\":\"new\",\"qty\":\"1\",\"filled_qty\":\"0\","
                + "\"submitted_at\":\"" + submittedAt + "\",\"updated_at\":\"" + submittedAt + "\"}";
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
