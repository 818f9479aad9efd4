package com.tradesuite.paperexchange.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.engine.ExchangeEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticPriceGeneratorTest {

    private static final Instant MONDAY_OPEN = Instant.parse("2026-11-16T14:30:00Z");

    private static List<Bar> fiveDaysOfBars(long seed) {
        ExchangeEngine engine = ExchangeEngine.create(PaperExchangeConfig.builder()
                .symbols("AAPL", "MSFT", "SPY").seed(seed).sessionStart(MONDAY_OPEN).historyBars(0).build());
        engine.advanceBars(5 * 390);
        List<Bar> bars = new ArrayList<>();
        for (String symbol : engine.symbols()) {
            bars.addAll(engine.bars(symbol, MONDAY_OPEN, engine.now()));
        }
        return bars;
    }

    @Test
    void the_same_seed_gives_the_same_bars() {
        assertThat(fiveDaysOfBars(7)).isEqualTo(fiveDaysOfBars(7));
    }

    @Test
    void a_different_seed_gives_different_bars() {
        assertThat(fiveDaysOfBars(7)).isNotEqualTo(fiveDaysOfBars(8));
    }

    @Test
    void bars_only_exist_in_session_hours_and_are_consistent() {
        List<Bar> bars = fiveDaysOfBars(7);
        assertThat(bars).hasSize(3 * 5 * 390);
        assertThat(bars).allSatisfy(bar -> {
            assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open().max(bar.close()));
            assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
            assertThat(bar.low().signum()).isPositive();
        });
    }

    @Test
    void the_path_has_gaps_down_and_up() {
        List<Bar> bars = fiveDaysOfBars(7);
        int gapsDown = 0;
        int gapsUp = 0;
        for (int i = 1; i < bars.size(); i++) {
            Bar previous = bars.get(i - 1);
            Bar bar = bars.get(i);
            if (!previous.symbol().equals(bar.symbol())) {
                continue;
            }
            double change = bar.open().doubleValue() / previous.close().doubleValue() - 1;
            gapsDown += change < -0.012 ? 1 : 0;
            gapsUp += change > 0.012 ? 1 : 0;
        }
        assertThat(gapsDown).isPositive();
        assertThat(gapsUp).isPositive();
    }
}
