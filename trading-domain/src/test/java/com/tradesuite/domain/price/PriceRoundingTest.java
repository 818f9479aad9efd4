package com.tradesuite.domain.price;

import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceRoundingTest {

    @Test
    void aDollarAndAboveKeepsTwoDecimalsBelowADollarFour() {
        assertThat(PriceRounding.down(dec("290.129"))).isEqualTo(dec("290.12"));
        assertThat(PriceRounding.up(dec("290.121"))).isEqualTo(dec("290.13"));
        assertThat(PriceRounding.nearest(dec("290.125"))).isEqualTo(dec("290.13"));
        assertThat(PriceRounding.down(dec("0.123456"))).isEqualTo(dec("0.1234"));
        assertThat(PriceRounding.down(dec("1.00999"))).isEqualTo(dec("1.00"));
        assertThat(PriceRounding.tick(dec("0.99"))).isEqualTo(dec("0.0001"));
        assertThat(PriceRounding.tick(dec("1.00"))).isEqualTo(dec("0.01"));
    }
}
