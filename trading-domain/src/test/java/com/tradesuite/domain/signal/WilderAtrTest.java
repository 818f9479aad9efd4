package com.tradesuite.domain.signal;

import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WilderAtrTest {

    @Test
    void seedsWithTheMeanTrueRangeThenSmoothsWilderStyle() {
        WilderAtr atr = WilderAtr.of(3)
                .next(dec("10"), dec("8"), dec("9"))        // TR 2 (range only)
                .next(dec("11"), dec("9"), dec("10"));      // TR 2
        assertThat(atr.current()).isEmpty();

        atr = atr.next(dec("12"), dec("9.5"), dec("11"));  // TR 2.5 -> seed (2 + 2 + 2.5) / 3
        assertThat(atr.value()).isEqualByComparingTo("2.16666667");

        atr = atr.next(dec("11.5"), dec("10"), dec("10.5")); // TR 1.5 -> (2.16666667 x 2 + 1.5) / 3
        assertThat(atr.value()).isEqualByComparingTo("1.94444445");

        atr = atr.next(dec("14"), dec("13"), dec("13.5"));   // gap up: TR |14 - 10.5| = 3.5
        assertThat(atr.value()).isEqualByComparingTo("2.46296297");
    }
}
