package com.tradesuite.broker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderSideTest {

    @ParameterizedTest
    @ValueSource(strings = {"buy", "BUY", "Buy", "long", "LONG", " Long "})
    void given_a_buy_spelling_when_normalised_then_buy(String side) {
        assertThat(OrderSide.normalize(side)).isEqualTo(OrderSide.BUY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sell", "SELL", "short", "Short", " sell\t"})
    void given_a_sell_spelling_when_normalised_then_sell(String side) {
        assertThat(OrderSide.normalize(side)).isEqualTo(OrderSide.SELL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hold", "", "b", "sell_short", "buy_to_open"})
    void given_anything_else_when_normalised_then_a_clear_error_names_the_value(String side) {
        assertThatThrownBy(() -> OrderSide.normalize(side))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + side + "'")
                .hasMessageContaining("buy/long or sell/short");
    }

    @Test
    void given_null_when_normalised_then_a_clear_error() {
        assertThatThrownBy(() -> OrderSide.normalize(null)).hasMessageContaining("unknown order side");
    }

    @Test
    void given_a_side_then_its_opposite_closes_it() {
        assertThat(OrderSide.BUY.opposite()).isEqualTo(OrderSide.SELL);
        assertThat(OrderSide.SELL.opposite()).isEqualTo(OrderSide.BUY);
    }
}
