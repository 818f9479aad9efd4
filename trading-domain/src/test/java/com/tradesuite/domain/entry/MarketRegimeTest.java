package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

class MarketRegimeTest {

    @Test
    void givenALowEfficiencyRatio_whenClassified_thenChoppyAndHalfSize() {
        assertThat(MarketRegime.ofEfficiencyRatio(dec("0.29"))).isEqualTo(MarketRegime.CHOPPY);
        assertThat(MarketRegime.CHOPPY.sizeFactor()).isEqualByComparingTo("0.5");
    }

    @Test
    void givenATrendingEfficiencyRatio_whenClassified_thenNormalAndFullSize() {
        assertThat(MarketRegime.ofEfficiencyRatio(dec("0.3"))).isEqualTo(MarketRegime.NORMAL);
        assertThat(MarketRegime.NORMAL.sizeFactor()).isEqualByComparingTo("1");
    }

    @Test
    void givenASignalWithoutARegime_whenDecided_thenItIsSizedAsNormal() {
        Instant now = Instant.parse("2026-11-20T15:00:00Z");
        EntrySignalled signal = new EntrySignalled("s1", "momentum", Side.BUY, now, dec("100"), dec("98"),
                dec("104"), dec("1"), dec("1"));
        EntryDecider decider = new EntryDecider(new EntryPolicy(dec("1"), 5, dec("2000"), OrderType.MARKET,
                Duration.ofMinutes(5), SizingRules.DEFAULTS));

        EntryDecision decision = decider.decide("SPY", signal, TradingState.of(List.of()),
                new AccountSnapshot(dec("100000"), dec("100000"), false), now);

        // the full budget 1000 at confidence 1 (not halved): 1000 / 2 = 500 shares, then cut to 20 % = 200
        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.riskBudget()).isEqualByComparingTo("1000");
            assertThat(accepted.sizing()).contains("regime NORMAL", "risk size 500 shares");
        });
    }
}
