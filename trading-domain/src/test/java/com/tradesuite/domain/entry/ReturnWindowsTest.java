package com.tradesuite.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.BarClosed;

class ReturnWindowsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    private static BarClosed bar(int minute, double close) {
        BigDecimal c = BigDecimal.valueOf(close);
        return new BarClosed("1Min", T0.plusSeconds(60L * minute), c, c, c, c, 100);
    }

    @Test
    void givenASeriesAndItsMirror_whenCorrelated_thenOneAndMinusOne() {
        ReturnWindows returns = new ReturnWindows(10);
        double[] a = {100, 101, 100.5, 102, 101, 103};
        for (int i = 0; i < a.length; i++) {
            returns.onBar("A", bar(i, a[i]));
            returns.onBar("SAME", bar(i, a[i] * 2));
            // returns of exactly the opposite sign, bar by bar
            returns.onBar("MIRROR", bar(i, i == 0 ? 100 : mirror(a, i)));
        }

        assertThat(returns.correlation("A", "SAME").value()).hasValueCloseTo(1.0, within(1e-9));
        assertThat(returns.correlation("A", "SAME").overlap()).isEqualTo(5);
        assertThat(returns.correlation("A", "MIRROR").value()).hasValueCloseTo(-1.0, within(1e-9));
    }

    private static double mirror(double[] a, int upTo) {
        double price = 100;
        for (int i = 1; i <= upTo; i++) {
            price *= 1 - (a[i] / a[i - 1] - 1);
        }
        return price;
    }

    @Test
    void givenAHandComputedPair_whenCorrelated_thenItIsPearsonsR() {
        // returns x = 0.01, -0.02, 0.03 and y = 0.02, 0.00, 0.01: r = -0.5 x sqrt(3) / ... computed below
        ReturnWindows returns = new ReturnWindows(10);
        double[] x = {0.01, -0.02, 0.03};
        double[] y = {0.02, 0.00, 0.01};
        double px = 100;
        double py = 50;
        returns.onBar("X", bar(0, px));
        returns.onBar("Y", bar(0, py));
        for (int i = 0; i < 3; i++) {
            px *= 1 + x[i];
            py *= 1 + y[i];
            returns.onBar("X", bar(i + 1, px));
            returns.onBar("Y", bar(i + 1, py));
        }
        // means 0.00667 and 0.01; deviations x: 0.00333, -0.02667, 0.02333; y: 0.01, -0.01, 0
        // cov = 0.0000333 + 0.0002667 = 0.0003; var x = 0.0000111 + 0.0007111 + 0.0005444 = 0.0012667; var y = 0.0002
        double expected = 0.0003 / Math.sqrt(0.00126667 * 0.0002);

        assertThat(returns.correlation("X", "Y").value()).hasValueCloseTo(expected, within(1e-4));
    }

    @Test
    void givenMoreBarsThanTheWindow_whenCorrelated_thenOnlyTheLastWindowCountsAndOnlyCommonBars() {
        ReturnWindows returns = new ReturnWindows(5);
        for (int i = 0; i < 50; i++) {
            returns.onBar("A", bar(i, 100 + (i % 2)));
            if (i % 2 == 0 || i > 45) {
                returns.onBar("B", bar(i, 100 + (i % 3)));
            }
        }

        // A keeps minutes 45..49, B keeps 44, 46..49: they share 46..49
        assertThat(returns.correlation("A", "B").overlap()).isEqualTo(4);
        assertThat(returns.symbols()).isEqualTo(2);
    }

    @Test
    void givenAFlatSeriesOrAnUnseenSymbol_whenCorrelated_thenNoValue() {
        ReturnWindows returns = new ReturnWindows(10);
        for (int i = 0; i < 5; i++) {
            returns.onBar("FLAT", bar(i, 100));
            returns.onBar("A", bar(i, 100 + i));
        }
        returns.onBar("A", bar(3, 500)); // a replayed bar changes nothing

        assertThat(returns.correlation("A", "FLAT").value()).isEmpty();
        assertThat(returns.correlation("A", "FLAT").overlap()).isEqualTo(4);
        assertThat(returns.correlation("A", "NEVER").value()).isEmpty();
    }
}
