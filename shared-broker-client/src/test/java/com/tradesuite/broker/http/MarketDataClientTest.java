package com.tradesuite.broker.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.request.BarsRequest;
import com.tradesuite.broker.support.Fixtures;
import com.tradesuite.broker.support.MockBroker;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketDataClientTest {

    private MockWebServer server;
    private MockBroker broker;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        broker = new MockBroker(server);
    }

    @AfterEach
    void stop() throws IOException {
        broker.client.close();
        server.shutdown();
    }

    @Test
    void given_two_pages_then_next_page_token_is_followed_and_series_are_joined_per_symbol() throws Exception {
        server.enqueue(json(Fixtures.read("bars-page-1.json")));
        server.enqueue(json(Fixtures.read("bars-page-2.json")));

        Map<String, List<Bar>> bars = broker.client.marketData().bars(BarsRequest.of(List.of("AAPL", "MSFT", "NONE"),
                "1Min", Instant.parse("2024-03-04T14:30:00Z"), Instant.parse("2024-03-04T14:32:00Z")));

        assertThat(bars.get("AAPL")).hasSize(2);
        assertThat(bars.get("MSFT")).extracting(Bar::timestamp).containsExactly(
                Instant.parse("2024-03-04T14:30:00Z"), Instant.parse("2024-03-04T14:31:00Z"));
        assertThat(bars.get("NONE")).isEmpty();
        String first = server.takeRequest().getPath();
        String second = server.takeRequest().getPath();
        assertThat(first).startsWith("/v2/stocks/bars?symbols=AAPL%2CMSFT%2CNONE&timeframe=1Min").doesNotContain("page_token");
        assertThat(second).contains("page_token=TVNGVHwyMDI0LTAzLTA0VDE0OjMwOjAwWg%3D%3D");
    }

    @Test
    void given_one_symbol_then_a_plain_series() {
        server.enqueue(json(Fixtures.read("bars-page-2.json")));

        assertThat(broker.client.marketData().bars("MSFT", "1Min", null, null)).hasSize(1);
    }

    @Test
    void given_latest_quotes_then_mid_prices() throws Exception {
        server.enqueue(json(Fixtures.read("quotes-latest.json")));

        assertThat(broker.client.marketData().latestQuote("AAPL"))
                .hasValueSatisfying(q -> assertThat(q.mid()).hasValueSatisfying(
                        m -> assertThat(m).isEqualByComparingTo("178.10")));
        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/stocks/quotes/latest?symbols=AAPL");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
