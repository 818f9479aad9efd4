package com.tradesuite.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The running statistics against the report's own, over the same trades. */
class RunningTradeStatsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");

    private static Trade trade(int second, String pnl, String r) {
        return new Trade("AAPL", T0, T0.plusSeconds(second), BigDecimal.TEN, new BigDecimal("100"),
                new BigDecimal(pnl), r == null ? null : new BigDecimal(r));
    }

    @Test
    void givenWinsLossesAndAnUnknownRisk_whenAddedOneByOne_thenTheReportsStatisticsAndDrawdown() {
        List<Trade> trades = List.of(trade(10, "40", "2"), trade(20, "-50", "-1"), trade(30, "-30", "-0.6"),
                trade(40, "100", "2"), trade(50, "0", null), trade(60, "-12.5", null));
        RunningTradeStats running = RunningTradeStats.empty();
        List<Trade> sofar = new ArrayList<>();
        for (Trade trade : trades) {
            running = running.plus(trade);
            sofar.add(trade);

            assertThat(running.stats()).isEqualTo(TradeStats.of(sofar));
            assertThat(running.maxDrawdown()).isEqualByComparingTo(TradeReport.maxDrawdown(sofar));
        }
        assertThat(running.maxDrawdown()).isEqualByComparingTo("80");
        assertThat(running.stats().profitFactor()).isEqualByComparingTo("1.5135"); // 140 / 92.5
        assertThat(running.firstCloseAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(running.lastCloseAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void givenNoTrades_whenSummarised_thenUndefinedRatiosAndNoDrawdown() {
        TradeStats none = RunningTradeStats.empty().stats();

        assertThat(none).isEqualTo(TradeStats.of(List.of()));
        assertThat(none.winRate()).isNull();
        assertThat(RunningTradeStats.empty().maxDrawdown()).isZero();
    }
}
