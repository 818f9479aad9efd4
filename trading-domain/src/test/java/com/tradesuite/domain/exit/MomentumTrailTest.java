package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.bar;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.tradesuite.schemas.event.BarClosed;
import org.junit.jupiter.api.Test;

/** Momentum over the last bars tightens a fading trade's trail and gives a strong run more room. */
class MomentumTrailTest {

    /** Look back 3 bars; a rise of 1.5 ATR is strong; tighten to half, extend by half again. */
    private final MomentumTrail momentum = new MomentumTrail(3, dec("1.5"), dec("0.5"), dec("1.5"));
    private final TrailingStopRule rule = new TrailingStopRule(dec("2"), dec("0.05"));

    @Test
    void givenPriceBelowWhereItWasThreeBarsAgoThenTheTrailTightens() {
        MomentumTrail.Multiple multiple = momentum.multiple(dec("2"), closes("101", "102", "101.5", "100.5"),
                dec("1"));

        assertThat(multiple.value()).isEqualByComparingTo("1.0");
        assertThat(multiple.reason()).startsWith("momentum faded (-0.50 ATR over 3 bars)");
    }

    @Test
    void givenARiseOfAtLeastTheStrongMoveThenTheTrailExtends() {
        MomentumTrail.Multiple multiple = momentum.multiple(dec("2"), closes("100", "100.5", "101", "101.6"),
                dec("1"));

        assertThat(multiple.value()).isEqualByComparingTo("3.0");
        assertThat(multiple.reason()).contains("strong momentum (1.60 ATR over 3 bars)");
    }

    @Test
    void givenAModestRiseThenTheBaseMultipleHolds() {
        assertThat(momentum.multiple(dec("2"), closes("100", "100.5", "100.2", "100.8"), dec("1")).value())
                .isEqualByComparingTo("2");
    }

    @Test
    void givenTooFewBarsThenTheBaseMultipleHolds() {
        assertThat(momentum.multiple(dec("2"), closes("100", "90", "80"), dec("1")))
                .isEqualTo(new MomentumTrail.Multiple(dec("2"), "momentum not known yet"));
    }

    @Test
    void whenMomentumFadesTheTightenedTrailRaisesAStopTheBaseTrailWouldHold() {
        BigDecimal stop = dec("98.00");
        BarClosed bar = bar(at(60), "100.5", "100.6", "100.4", "100.5");
        MomentumTrail.Multiple tightened = momentum.multiple(dec("2"), closes("101", "102", "101.5", "100.5"),
                dec("1"));

        // Highest close 102: base trail 102 - 2 = 100.00 would already raise; the fade puts it at 101.00, capped a
        // tick below the market (100.49).
        assertThat(rule.evaluate(stop, dec("102"), bar, dec("1"))).isInstanceOfSatisfying(TrailDecision.Raise.class,
                raise -> assertThat(raise.newStop()).isEqualByComparingTo("100.00"));
        assertThat(rule.evaluate(stop, dec("102"), bar, dec("1"), tightened.value(), tightened.reason()))
                .isInstanceOfSatisfying(TrailDecision.Raise.class, raise -> {
                    assertThat(raise.newStop()).isEqualByComparingTo("100.49");
                    assertThat(raise.reason()).contains("momentum faded");
                });
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new MomentumTrail(0, dec("1"), dec("0.5"), dec("1.5")))
                .hasMessageContaining("lookback");
        assertThatThrownBy(() -> new MomentumTrail(3, dec("1"), dec("1.2"), dec("1.5")))
                .hasMessageContaining("tightenFactor");
        assertThatThrownBy(() -> new MomentumTrail(3, dec("1"), dec("0.5"), dec("0.9")))
                .hasMessageContaining("extendFactor");
    }

    private static List<BigDecimal> closes(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
