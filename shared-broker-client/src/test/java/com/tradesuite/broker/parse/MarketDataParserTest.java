package com.tradesuite.broker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.model.LatestQuote;
import com.tradesuite.broker.support.Fixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketDataParserTest {

    private final MarketDataParser parser = new MarketDataParser(BrokerJson.newMapper());

    @Test
    void given_a_multi_symbol_bars_page_then_a_series_per_symbol_and_the_next_token() {
        BarsPage page = parser.parseBarsPage(Fixtures.read("bars-page-1.json"));

        assertThat(page.bars()).containsOnlyKeys("AAPL", "MSFT");
        assertThat(page.bars().get("AAPL")).hasSize(2);
        Bar first = page.bars().get("AAPL").get(0);
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2024-03-04T14:30:00Z"));
        assertThat(first.open()).isEqualByComparingTo("178.26");
        assertThat(first.close()).isEqualByComparingTo("178.08");
        assertThat(first.volume()).isEqualTo(60937);
        assertThat(first.tradeCount()).isEqualTo(1727);
        assertThat(first.vwap()).isEqualByComparingTo("177.954244");
        assertThat(page.nextPageToken()).isEqualTo("TVNGVHwyMDI0LTAzLTA0VDE0OjMwOjAwWg==");
    }

    @Test
    void given_the_last_page_then_no_token() {
        assertThat(parser.parseBarsPage(Fixtures.read("bars-page-2.json")).nextPageToken()).isNull();
    }

    @Test
    void given_null_bars_then_no_data_rather_than_an_error() {
        BarsPage page = parser.parseBarsPage(Fixtures.read("bars-empty.json"));

        assertThat(page.bars()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void given_latest_quotes_then_mid_falls_back_to_the_side_that_exists() {
        Map<String, LatestQuote> quotes = parser.parseLatestQuotes(Fixtures.read("quotes-latest.json"));

        assertThat(quotes.get("AAPL").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("178.10"));
        assertThat(quotes.get("THIN").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.2"));
        assertThat(quotes.get("ASKONLY").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.5123"));
        assertThat(quotes.get("AAPL").timestamp()).isEqualTo(Instant.parse("2024-03-04T14:31:02.123456789Z"));
    }
}
