package com.tradesuite.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.ExitSignalled;
import org.junit.jupiter.api.Test;

class MomentumReversalRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");
    private final MomentumReversalRule rule = new MomentumReversalRule(new MomentumReversalRule.Settings(3, 2));

    private List<Optional<ExitSignalled>> feed(String... closes) {
        MomentumReversalRule.State state = rule.initialState();
        List<Optional<ExitSignalled>> signals = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            MomentumReversalRule.Step step = rule.onBar("AAPL", state, bar(i, closes[i]));
            state = step.state();
            signals.add(step.signal());
        }
        return signals;
    }

    private static BarClosed bar(int minute, String close) {
        BigDecimal price = new BigDecimal(close);
        return new BarClosed("1Min", T0.plusSeconds(60L * minute), price, price, price, price, 1_000);
    }

    @Test
    void givenARisingSymbol_whenTheCloseFallsBelowTheEmaWithNegativeMomentum_thenOneExitSignal() {
        List<Optional<ExitSignalled>> signals = feed("100", "101", "102", "103", "104", "101.5");

        assertThat(signals.subList(0, 5)).allMatch(Optional::isEmpty);
        ExitSignalled signal = signals.get(5).orElseThrow();
        assertThat(signal.signalId()).isEqualTo("momentum-exit:AAPL:" + T0.plusSeconds(300));
        assertThat(signal.strategy()).isEqualTo(MomentumReversalRule.STRATEGY);
        assertThat(signal.barTime()).isEqualTo(T0.plusSeconds(300));
        assertThat(signal.reason()).contains("below the 3-bar EMA");
    }

    @Test
    void givenAReversal_whenPriceKeepsFalling_thenNoSecondSignalUntilACloseBackAboveTheEma() {
        List<Optional<ExitSignalled>> signals = feed("100", "101", "102", "103", "104", "101.5", "100", "99",
                "103", "105", "101");

        assertThat(signals.stream().filter(Optional::isPresent).count()).isEqualTo(2);
        assertThat(signals.get(5)).isPresent();
        assertThat(signals.get(6)).isEmpty();
        assertThat(signals.get(7)).isEmpty();
        assertThat(signals.get(10)).isPresent();
    }

    @Test
    void givenTooFewBars_whenTheCloseDrops_thenNoSignal() {
        assertThat(feed("100", "99")).allMatch(Optional::isEmpty);
    }

    @Test
    void givenACloseBelowTheEmaButAboveTheCloseNBarsAgo_whenEvaluated_thenNoSignal() {
        // 104 is below the EMA of a sharp run but above the close two bars before (102): momentum still positive.
        assertThat(feed("100", "101", "102", "110", "104")).allMatch(Optional::isEmpty);
    }

    @Test
    void givenTheSameBarTwice_whenFolded_thenItIsIgnored() {
        MomentumReversalRule.State state = rule.initialState();
        state = rule.onBar("AAPL", state, bar(0, "100")).state();

        MomentumReversalRule.Step again = rule.onBar("AAPL", state, bar(0, "90"));

        assertThat(again.state()).isEqualTo(state);
        assertThat(again.signal()).isEmpty();
    }
}
