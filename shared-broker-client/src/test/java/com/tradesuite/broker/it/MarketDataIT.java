package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.model.LatestQuote;
import com.tradesuite.broker.request.BarsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Multi-symbol bars across pages come back as one plain series per symbol; quotes give a mid. */
class MarketDataIT {

    private final PaperExchangeFixture fx = new PaperExchangeFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void given_more_bars_than_a_page_then_every_symbol_gets_its_whole_series_in_time_order() {
        fx.exchange.advanceBars(30);
        Instant end = fx.exchange.now();
        Instant start = end.minus(Duration.ofMinutes(30));

        Map<String, List<Bar>> bars = fx.client.marketData()
                .bars(BarsRequest.of(List.of("AAPL", "MSFT"), "1Min", start, end).withPageLimit(7));
        Map<String, List<Bar>> onePage = fx.client.marketData()
                .bars(BarsRequest.of(List.of("AAPL", "MSFT"), "1Min", start, end));

        assertThat(bars.get("AAPL")).hasSizeGreaterThanOrEqualTo(29);
        assertThat(bars).isEqualTo(onePage);
        assertThat(bars.get("MSFT")).isSortedAccordingTo((a, b) -> a.timestamp().compareTo(b.timestamp()));
    }

    @Test
    void given_a_quoted_symbol_then_its_mid_is_between_bid_and_ask() {
        fx.price("NVDA", "100.00");

        LatestQuote quote = fx.client.marketData().latestQuote("NVDA").orElseThrow();

        assertThat(quote.mid()).hasValueSatisfying(mid -> assertThat(mid)
                .isBetween(quote.bidPrice(), quote.askPrice()));
    }
}
