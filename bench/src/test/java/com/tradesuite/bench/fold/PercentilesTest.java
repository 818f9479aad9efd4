package com.tradesuite.bench.fold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRank() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i;
        }
        Percentiles percentiles = new Percentiles(samples, 100);
        assertThat(percentiles.at(0.5)).isEqualTo(50);
        assertThat(percentiles.at(0.99)).isEqualTo(99);
        assertThat(percentiles.max()).isEqualTo(100);
        assertThat(new Percentiles(new long[] {7, 0, 0}, 1).at(0.99)).isEqualTo(7);
    }
}
