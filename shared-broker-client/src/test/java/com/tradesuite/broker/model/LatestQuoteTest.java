package com.tradesuite.broker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LatestQuoteTest {

    @Test
    void given_bid_and_ask_when_mid_then_their_average() {
        assertThat(quote("10.00", "10.10").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("10.05"));
    }

    @Test
    void given_only_a_bid_when_mid_then_the_bid() {
        assertThat(quote("4.20", "0").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.20"));
    }

    @Test
    void given_only_an_ask_when_mid_then_the_ask() {
        assertThat(quote(null, "0.5123").mid()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.5123"));
    }

    @Test
    void given_no_side_when_mid_then_empty() {
        assertThat(quote("0", "0").mid()).isEmpty();
    }

    private static LatestQuote quote(String bid, String ask) {
        return new LatestQuote("X", bid == null ? null : new BigDecimal(bid), 1, new BigDecimal(ask), 1, null);
    }
}
