package com.tradesuite.paperexchange.http;

import static com.tradesuite.paperexchange.http.ExchangeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperExchangeServerIT {

    private static final String BRACKET = """
            {"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"day",
             "order_class":"bracket","client_order_id":"entry-1",
             "take_profit":{"limit_price":"110"},"stop_loss":{"stop_price":"95"}}""";

    private PaperExchangeServer server;
    private ExchangeHttp http;

    @BeforeEach
    void start() {
        server = PaperExchangeServer.start(PaperExchangeConfig.builder().symbols("AAPL", "MSFT")
                .sessionStart(Instant.parse("2026-11-16T14:30:00Z")).historyBars(30).build());
        server.setPrice("AAPL", new BigDecimal("100"));
        http = new ExchangeHttp(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requests_without_keys_get_401() {
        HttpResponse<String> response = http.withoutKeys("/v2/account");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("code").asInt()).isEqualTo(40110000);
    }

    @Test
    void every_api_response_carries_rate_limit_headers() {
        HttpResponse<String> response = http.get("/v2/account");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("200");
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).hasValue("199");
        assertThat(response.headers().firstValue("X-RateLimit-Reset")).isPresent();
    }

    @Test
    void a_429_storm_answers_with_alpacas_body_and_headers_then_ends() {
        // given
        server.faults().rateLimitStorm(2);

        // when
        HttpResponse<String> first = http.get("/v2/account");
        HttpResponse<String> second = http.get("/v2/account");
        HttpResponse<String> third = http.get("/v2/account");

        // then
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.body()).isEqualTo("{\"code\":42910000,\"message\":\"rate limit exceeded\"}");
        assertThat(first.headers().firstValue("Retry-After")).isPresent();
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void injected_server_errors_fail_the_next_requests_only() {
        server.faults().serverErrors(1, 503);
        assertThat(http.get("/v2/account").statusCode()).isEqualTo(503);
        assertThat(http.get("/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void a_bracket_over_http_has_nested_legs_and_is_found_by_client_order_id() {
        // when
        HttpResponse<String> placed = http.post("/v2/orders", BRACKET);

        // then
        assertThat(placed.statusCode()).isEqualTo(200);
        JsonNode order = json(placed);
        assertThat(order.path("order_class").asText()).isEqualTo("bracket");
        assertThat(order.path("status").asText()).isEqualTo("filled");
        assertThat(order.path("legs")).extracting(leg -> leg.path("status").asText()).containsExactly("new", "held");
        JsonNode found = json(http.get("/v2/orders:by_client_order_id?client_order_id=entry-1"));
        assertThat(found.path("id").asText()).isEqualTo(order.path("id").asText());
        JsonNode open = json(http.get("/v2/orders?status=open&nested=true"));
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("legs")).hasSize(2);
    }

    @Test
    void a_sell_of_held_shares_gets_the_403_insufficient_qty_body() {
        // given
        http.post("/v2/orders", BRACKET);

        // when
        HttpResponse<String> response = http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"qty\":\"10\",\"side\":\"sell\",\"type\":\"market\",\"time_in_force\":\"day\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode body = json(response);
        assertThat(body.path("code").asInt()).isEqualTo(40310000);
        assertThat(body.path("held_for_orders").asText()).isEqualTo("10");
        assertThat(body.path("available").asText()).isEqualTo("0");
        assertThat(body.path("related_orders")).hasSize(1);
        assertThat(json(http.get("/v2/positions/AAPL")).path("qty_available").asText()).isEqualTo("0");
    }

    @Test
    void cancel_is_204_then_422_and_cancel_all_is_207() {
        // given
        String limit = "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"limit\",\"limit_price\":\"90\","
                + "\"time_in_force\":\"gtc\"}";
        String id = json(http.post("/v2/orders", limit)).path("id").asText();
        http.post("/v2/orders", limit);

        // when / then
        assertThat(http.delete("/v2/orders/" + id).statusCode()).isEqualTo(204);
        assertThat(http.delete("/v2/orders/" + id).statusCode()).isEqualTo(422);
        HttpResponse<String> all = http.delete("/v2/orders");
        assertThat(all.statusCode()).isEqualTo(207);
        assertThat(json(all)).hasSize(1);
        assertThat(http.get("/v2/orders/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void replace_over_http_returns_a_new_order_and_marks_the_old_replaced() {
        // given
        String id = json(http.post("/v2/orders", "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"buy\","
                + "\"type\":\"limit\",\"limit_price\":\"90\",\"time_in_force\":\"gtc\"}")).path("id").asText();

        // when
        HttpResponse<String> replaced = http.patch("/v2/orders/" + id, "{\"limit_price\":\"91\"}");

        // then
        assertThat(replaced.statusCode()).isEqualTo(200);
        JsonNode replacement = json(replaced);
        assertThat(replacement.path("replaces").asText()).isEqualTo(id);
        assertThat(replacement.path("limit_price").asText()).isEqualTo("91");
        JsonNode old = json(http.get("/v2/orders/" + id));
        assertThat(old.path("status").asText()).isEqualTo("replaced");
        assertThat(old.path("replaced_by").asText()).isEqualTo(replacement.path("id").asText());
    }

    @Test
    void closing_part_of_a_position_returns_the_closing_order() {
        http.post("/v2/orders", "{\"symbol\":\"AAPL\",\"qty\":\"10\",\"side\":\"buy\",\"type\":\"market\","
                + "\"time_in_force\":\"day\"}");
        HttpResponse<String> closed = http.delete("/v2/positions/AAPL?percentage=50");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).path("qty").asText()).isEqualTo("5");
        assertThat(json(http.get("/v2/positions/AAPL")).path("qty").asText()).isEqualTo("5");
    }

    @Test
    void bars_page_across_symbols_sorted_by_symbol_then_time() {
        // given: 30 history bars per symbol plus 10 new ones
        server.advanceBars(10);
        String path = "/v2/stocks/bars?symbols=MSFT,AAPL&timeframe=1Min&start=2026-11-13&limit=15";

        // when
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = json(http.get(path + (token == null ? "" : "&page_token=" + token)));
            page.path("bars").fields().forEachRemaining(entry ->
                    entry.getValue().forEach(bar -> keys.add(entry.getKey() + " " + bar.path("t").asText())));
            token = page.path("next_page_token").isNull() ? null : page.path("next_page_token").asText();
            pages++;
        } while (token != null);

        // then
        assertThat(keys).hasSize(80).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isEqualTo(6);
        assertThat(keys.get(keys.size() - 1)).startsWith("MSFT 2026-11-16T14:39:00Z");
    }

    @Test
    void only_bars_up_to_the_simulated_now_are_served() {
        JsonNode bars = json(http.get("/v2/stocks/AAPL/bars?timeframe=1Min&start=2026-11-16&end=2026-11-20"));
        assertThat(bars.path("bars")).isEmpty();
        server.advanceBars(3);
        assertThat(json(http.get("/v2/stocks/AAPL/bars?timeframe=1Min&start=2026-11-16")).path("bars")).hasSize(3);
    }

    @Test
    void admin_endpoints_move_time_and_set_prices() {
        assertThat(http.post("/admin/clock/advance-bars?count=2", "").statusCode()).isEqualTo(200);
        assertThat(server.now()).isEqualTo(Instant.parse("2026-11-16T14:32:00Z"));
        http.post("/admin/prices/AAPL?price=123.45", "");
        assertThat(server.lastPrice("AAPL")).isEqualByComparingTo("123.45");
        http.post("/admin/faults/server-errors?count=1&status=502", "");
        assertThat(http.get("/v2/clock").statusCode()).isEqualTo(502);
    }

    @Test
    void drop_order_class_fault_leaves_the_field_out_of_parent_and_legs_until_switched_off() {
        // given
        String id = json(http.post("/v2/orders", BRACKET)).path("id").asText();

        // when
        HttpResponse<String> on = http.post("/admin/faults/drop-order-class?enabled=true", "");
        JsonNode dropped = json(http.get("/v2/orders/" + id + "?nested=true"));
        http.post("/admin/faults/drop-order-class?enabled=false", "");
        JsonNode restored = json(http.get("/v2/orders/" + id + "?nested=true"));

        // then
        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(dropped.has("order_class")).isFalse();
        assertThat(dropped.path("legs")).hasSize(2).allSatisfy(leg -> assertThat(leg.has("order_class")).isFalse());
        assertThat(restored.path("order_class").asText()).isEqualTo("bracket");
        assertThat(http.post("/admin/faults/drop-order-class?enabled=maybe", "").statusCode()).isEqualTo(422);
    }

    @Test
    void admin_venue_stop_faults_cancel_a_live_stop_leg_and_reject_new_stops_over_http() {
        // given a filled bracket: take-profit working, stop leg held
        JsonNode entry = json(http.post("/v2/orders", BRACKET));
        String stopLeg = entry.path("legs").get(1).path("id").asText();

        // when the venue cancels the symbol's stops, then refuses the next order with a stop
        HttpResponse<String> cancelled = http.post("/admin/faults/cancel-stops?symbol=aapl", "");
        http.post("/admin/faults/reject-stops?symbol=AAPL&count=1", "");
        HttpResponse<String> stop = http.post("/v2/orders", "{\"symbol\":\"AAPL\",\"qty\":\"10\",\"side\":\"sell\","
                + "\"type\":\"limit\",\"limit_price\":\"110\",\"order_class\":\"oco\",\"time_in_force\":\"gtc\","
                + "\"take_profit\":{\"limit_price\":\"110\"},\"stop_loss\":{\"stop_price\":\"95\"}}");

        // then
        assertThat(json(cancelled).path("canceled")).extracting(JsonNode::asText).containsExactly(stopLeg);
        assertThat(json(http.get("/v2/orders/" + stopLeg)).path("status").asText()).isEqualTo("canceled");
        assertThat(stop.statusCode()).isEqualTo(422);
        assertThat(json(http.get("/admin/state")).path("stop_rejections").has("AAPL")).isFalse();
    }

    @Test
    void the_stream_authenticates_listens_and_sends_fills_as_binary_frames() throws Exception {
        // given
        StreamClient stream = StreamClient.connect(server.streamUrl());
        stream.send("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"k\",\"secret_key\":\"s\"}}");
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages.size() == 1);
        stream.send("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages.size() == 2);

        // when
        http.post("/v2/orders", "{\"symbol\":\"AAPL\",\"qty\":\"3\",\"side\":\"buy\",\"type\":\"market\","
                + "\"time_in_force\":\"day\"}");

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages.size() == 4);
        assertThat(stream.textFrames.get()).isFalse();
        assertThat(stream.messages.get(0).path("data").path("status").asText()).isEqualTo("authorized");
        assertThat(stream.messages.get(1).path("data").path("streams").get(0).asText()).isEqualTo("trade_updates");
        JsonNode fill = stream.messages.get(3).path("data");
        assertThat(stream.messages.get(2).path("data").path("event").asText()).isEqualTo("new");
        assertThat(fill.path("event").asText()).isEqualTo("fill");
        assertThat(fill.path("execution_id").asText()).isNotBlank();
        assertThat(fill.path("price").asText()).isEqualTo("100");
        assertThat(fill.path("qty").asText()).isEqualTo("3");
        assertThat(fill.path("position_qty").asText()).isEqualTo("3");
        assertThat(fill.path("timestamp").asText()).isNotBlank();
        assertThat(fill.path("order").path("status").asText()).isEqualTo("filled");

        // and when the stream is dropped the client sees the close
        server.dropStreams();
        await().atMost(Duration.ofSeconds(5)).untilTrue(stream.closed);
        assertThat(server.streamConnections()).isZero();
    }

    /** A JDK websocket client that records every message as JSON and whether any frame was text. */
    private static final class StreamClient implements WebSocket.Listener {
        final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        final AtomicBoolean textFrames = new AtomicBoolean();
        final AtomicBoolean closed = new AtomicBoolean();
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        private WebSocket socket;

        static StreamClient connect(String url) throws Exception {
            StreamClient client = new StreamClient();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(url), client).get(5, TimeUnit.SECONDS);
            return client;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            partial.writeBytes(bytes);
            if (last) {
                try {
                    messages.add(ExchangeHttp.JSON.readTree(partial.toString(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                partial.reset();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            textFrames.set(true);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.set(true);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.set(true);
        }
    }
}
