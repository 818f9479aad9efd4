package com.tradesuite.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The sub-penny rule at its edges, as the broker client rounds every price it sends. */
class SubPennyEdgeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "290.123, 290.12",
        "290.125, 290.13",
        "1.00, 1.00",
        "1, 1.00",
        "0.99996, 1.00",
        "0.99994, 0.9999",
        "0.51234, 0.5123",
        "0.5, 0.5000",
        "12.3456789, 12.35"
    })
    void given_a_price_when_rounded_then_the_sub_penny_rule_holds(String in, String expected) {
        assertThat(PriceRounding.nearest(new BigDecimal(in))).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void given_a_non_positive_price_when_rounded_then_it_is_refused() {
        assertThatThrownBy(() -> PriceRounding.nearest(new BigDecimal("-1"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> PriceRounding.nearest(BigDecimal.ZERO)).hasMessageContaining("positive");
    }

    @Test
    void given_price_levels_when_asking_the_tick_then_cent_above_a_dollar_and_hundredth_cent_below() {
        assertThat(PriceRounding.tick(new BigDecimal("5"))).isEqualByComparingTo("0.01");
        assertThat(PriceRounding.tick(new BigDecimal("0.5"))).isEqualByComparingTo("0.0001");
    }
}
