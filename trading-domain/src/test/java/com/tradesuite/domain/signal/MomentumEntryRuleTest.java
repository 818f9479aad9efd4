package com.tradesuite.domain.signal;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.T0;
import static com.tradesuite.domain.Events.bar;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.env;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import org.junit.jupiter.api.Test;

class MomentumEntryRuleTest {

    /** ATR 3, breakout over 3 bars, momentum over 2 bars of at least 0.5 ATR, full confidence at 2, stop 2, target 4. */
    private static final MomentumSettings SETTINGS = new MomentumSettings("momentum", "1Min", 3, 3, 2, dec("0.5"),
            dec("2"), dec("2"), dec("4"));

    private static Instant minute(int n) {
        return T0.plusSeconds(60L * n);
    }

    /** Four quiet bars (ATR 1), then two breakout bars, then a bar whose momentum falls. */
    private static final List<BarClosed> BARS = List.of(
            bar(minute(1), "10", "10.5", "9.5", "10"),
            bar(minute(2), "10", "10.5", "9.5", "10"),
            bar(minute(3), "10", "10.5", "9.5", "10"),
            bar(minute(4), "10", "10.5", "9.5", "10"),
            bar(minute(5), "10", "11", "10", "11"),      // momentum (11 - 10) / 1 = 1 > 0, breaks 10.5
            bar(minute(6), "11", "12", "11", "12"),      // momentum 2, breaks 11
            bar(minute(7), "12", "12.2", "11.8", "12.1")); // ATR 0.8, momentum 1.375 < 2: not rising

    private static List<EntrySignalled> run(List<BarClosed> bars) {
        MomentumScanner scanner = new MomentumScanner(SETTINGS);
        List<EntrySignalled> signals = new ArrayList<>();
        for (BarClosed bar : bars) {
            scanner.onEvent(env(AAPL, bar, bar.barStart().plusSeconds(60))).ifPresent(signals::add);
        }
        return signals;
    }

    @Test
    void aBreakoutWithRisingMomentumSignalsWithAtrStopAndTarget() {
        List<EntrySignalled> signals = run(BARS);

        assertThat(signals).hasSize(2);
        EntrySignalled first = signals.get(0);
        assertThat(first.signalId()).isEqualTo("momentum:AAPL:" + minute(5));
        assertThat(first.barTime()).isEqualTo(minute(5));
        assertThat(first.referencePrice()).isEqualByComparingTo("11");
        assertThat(first.atr()).isEqualByComparingTo("1");
        assertThat(first.suggestedStop()).isEqualByComparingTo("9.00");
        assertThat(first.suggestedTarget()).isEqualByComparingTo("15.00");
        assertThat(first.confidence()).isEqualByComparingTo("0.5");
        EntrySignalled second = signals.get(1);
        assertThat(second.suggestedStop()).isEqualByComparingTo("10.00");
        assertThat(second.confidence()).isEqualByComparingTo("1");
    }

    @Test
    void theSameBarsAlwaysGiveTheSameSignals() {
        assertThat(run(BARS)).isEqualTo(run(BARS)).isNotEmpty();
    }

    @Test
    void aReplayedBarIsIgnored() {
        MomentumEntryRule rule = new MomentumEntryRule(SETTINGS);
        MomentumState state = rule.initialState();
        for (BarClosed bar : BARS.subList(0, 5)) {
            state = rule.onBar(AAPL, state, bar).state();
        }

        MomentumStep replay = rule.onBar(AAPL, state, BARS.get(4));

        assertThat(replay.signal()).isEmpty();
        assertThat(replay.state()).isEqualTo(state);
    }

    @Test
    void noSignalBeforeTheIndicatorsAreWarmAndNoneForOtherTimeframes() {
        assertThat(run(BARS.subList(0, 4))).isEmpty();
        MomentumEntryRule rule = new MomentumEntryRule(SETTINGS);
        BarClosed fiveMinute = new BarClosed("5Min", minute(5), dec("10"), dec("11"), dec("10"), dec("11"), 1);
        assertThat(rule.onBar(AAPL, rule.initialState(), fiveMinute)).isEqualTo(
                new MomentumStep(rule.initialState(), Optional.empty()));
    }
}
