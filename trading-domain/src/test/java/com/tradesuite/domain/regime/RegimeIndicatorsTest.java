package com.tradesuite.domain.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegimeIndicatorsTest {

    @Test
    void givenAStraightClimb_whenTheEfficiencyRatioIsTaken_thenItIsOne() {
        EfficiencyRatio er = EfficiencyRatio.of(3);
        for (double close : new double[] {10, 11, 12, 13}) {
            er = er.next(close);
        }

        assertThat(er.value()).hasValueCloseTo(1.0, within(1e-12));
    }

    @Test
    void givenAZigzag_whenTheEfficiencyRatioIsTaken_thenItIsTheNetMoveOverThePath() {
        EfficiencyRatio er = EfficiencyRatio.of(3);
        for (double close : new double[] {50, 10, 11, 10, 11}) {
            er = er.next(close);
        }

        // the window keeps 10, 11, 10, 11: net 1, path 3; the 50 fell out of it
        assertThat(er.closes()).hasSize(4);
        assertThat(er.value()).hasValueCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void givenTooFewCloses_whenTheEfficiencyRatioIsTaken_thenThereIsNone() {
        assertThat(EfficiencyRatio.of(3).next(10).next(11).next(12).value()).isEmpty();
    }

    @Test
    void givenAHandComputedSeries_whenTheAdxIsFolded_thenItMatchesWildersArithmetic() {
        // period 2: DX 100 on the third bar, 57.89 on the fourth -> ADX 78.95, then DX 3.23 -> ADX 41.09
        double[][] bars = {{10, 9, 9.5}, {11, 9.5, 10.5}, {11.5, 10, 10.2}, {11, 9.8, 10}, {10.5, 9.5, 9.6}};
        WilderAdx adx = WilderAdx.of(2);
        WilderAdx atFourthBar = null;
        for (int i = 0; i < bars.length; i++) {
            adx = adx.next(bars[i][0], bars[i][1], bars[i][2]);
            if (i == 2) {
                assertThat(adx.value()).as("not ready before 2 x period bars").isEmpty();
            }
            if (i == 3) {
                atFourthBar = adx;
            }
        }

        assertThat(atFourthBar.value()).hasValueCloseTo((100 + 100 * 0.55 / 0.95) / 2, within(1e-9));
        assertThat(adx.value()).hasValueCloseTo((atFourthBar.adx() + 100 * 0.025 / 0.775) / 2, within(1e-9));
    }

    @Test
    void givenASteadyTrend_whenTheAdxIsFolded_thenItShowsFullStrength() {
        WilderAdx adx = WilderAdx.of(14);
        for (int i = 0; i < 40; i++) {
            adx = adx.next(10 + i, 9 + i, 9.5 + i);
        }

        assertThat(adx.value()).hasValueCloseTo(100.0, within(1e-9));
    }

    @Test
    void givenBarsThatNeverLeaveTheirRange_whenTheAdxIsFolded_thenItIsZero() {
        WilderAdx adx = WilderAdx.of(14);
        for (int i = 0; i < 40; i++) {
            adx = adx.next(11, 9, i % 2 == 0 ? 9.5 : 10.5);
        }

        assertThat(adx.value()).hasValueCloseTo(0.0, within(1e-9));
    }
}
