package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimumStopTest {

    private static final SizingRules RULES = SizingRules.DEFAULTS;

    @Test
    void givenAStopFartherThanTheMinimum_whenApplied_thenStopAndTargetAreKept() {
        // 1.2 % of 100 = 1.20 and 1 x ATR 0.80: the minimum is 1.20, the stop is 2.00 away
        MinimumStop.Bracket bracket = MinimumStop.apply(dec("100"), dec("98"), dec("104"), dec("0.80"), RULES)
                .orElseThrow();

        assertThat(bracket.widened()).isFalse();
        assertThat(bracket.stop()).isEqualByComparingTo("98");
        assertThat(bracket.target()).isEqualByComparingTo("104");
    }

    @Test
    void givenAStopCloserThanTheMinimumPercent_whenApplied_thenItIsWidenedAndTheTargetKeepsTheRewardToRisk() {
        MinimumStop.Bracket bracket = MinimumStop.apply(dec("62.00"), dec("61.95"), dec("62.10"), dec("0.025"), RULES)
                .orElseThrow();

        // 62 - 0.744 = 61.256, rounded down (wider) to 61.25; reward 0.10 / risk 0.05 = 2 -> 62 + 2 x 0.75
        assertThat(bracket.widened()).isTrue();
        assertThat(bracket.widenedFrom()).isEqualByComparingTo("61.95");
        assertThat(bracket.stop()).isEqualByComparingTo("61.25");
        assertThat(bracket.target()).isEqualByComparingTo("63.50");
        assertThat(bracket.reason()).contains("stop widened 61.95->61.25", "1.2% of 62.00");
    }

    @Test
    void givenAnAtrWiderThanThePercent_whenApplied_thenTheAtrMultipleSetsTheDistance() {
        // 1.2 % of 100 = 1.20, but 1 x ATR 3.00 is wider
        MinimumStop.Bracket bracket = MinimumStop.apply(dec("100"), dec("98"), dec("104"), dec("3.00"), RULES)
                .orElseThrow();

        assertThat(bracket.stop()).isEqualByComparingTo("97.00");
        assertThat(bracket.target()).isEqualByComparingTo("106.00");
    }

    @Test
    void givenAMinimumBeyondTheEntry_whenApplied_thenThereIsNoStop() {
        assertThat(MinimumStop.apply(dec("2.00"), dec("1.90"), dec("2.20"), dec("2.50"), RULES)).isEmpty();
    }

    @Test
    void givenNoMinimum_whenApplied_thenAnyStopBelowTheEntryIsKept() {
        SizingRules none = new SizingRules(dec("20"), dec("100"), dec("0"), dec("0"));

        assertThat(MinimumStop.apply(dec("62.00"), dec("61.99"), dec("62.02"), dec("0.5"), none).orElseThrow()
                .widened()).isFalse();
    }
}
