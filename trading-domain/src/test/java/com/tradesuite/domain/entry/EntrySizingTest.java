package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** The sizing rules of issue 13 through {@link EntryDecider}, with the default {@link SizingRules}. */
class EntrySizingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final String ETF = "SCHD";
    private static final EntryDecider DECIDER = new EntryDecider(new EntryPolicy(dec("1"), 5, dec("2000"),
            OrderType.LIMIT, Duration.ofMinutes(5), SizingRules.DEFAULTS));

    /** The user's low-volatility ETF: $62.00, a 1-minute ATR stop 0.05 below, target 0.10 above (2R). */
    private static final EntrySignalled TIGHT = new EntrySignalled(
            EntrySignalled.signalIdFor("momentum", ETF, NOW.minusSeconds(60)), "momentum", Side.BUY,
            NOW.minusSeconds(60), dec("62.00"), dec("61.95"), dec("62.10"), dec("0.025"), BigDecimal.ONE);

    private static EntryDecision decide(List<EventEnvelope<?>> given, String equity, String buyingPower) {
        return DECIDER.decide(ETF, TIGHT, TradingState.of(given), new AccountSnapshot(dec(equity), dec(buyingPower),
                false), NOW);
    }

    @Test
    void givenTheUsersEtfSignal_whenDecided_thenTheStopIsWidenedTo1point2PercentAndTheSizeCappedNotDeclined() {
        // given $100k equity and buying power, 1 % risk, a stop 0.05 below $62
        EntryDecision decision = decide(List.of(), "100000", "100000");

        // then: stop 62.00 - 1.2 % (0.744) = 61.256 -> 61.25; 1000 / 0.75 = 1333 shares ($82,646) cut to
        // 20 % of equity: 20000 / 62 = 322 shares ($19,964), which fits the buying power
        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.stopLossPrice()).isEqualByComparingTo("61.25");
            assertThat(accepted.riskPerShare()).isEqualByComparingTo("0.75");
            assertThat(accepted.takeProfitPrice()).as("2R kept: 62 + 2 x 0.75").isEqualByComparingTo("63.50");
            assertThat(accepted.qty()).isEqualByComparingTo("322");
            assertThat(accepted.qty().multiply(accepted.limitPrice())).isLessThanOrEqualTo(dec("100000"));
            assertThat(accepted.sizing()).contains("stop widened 61.95->61.25", "risk size 1333 shares",
                    "cut to 322", "max position value 20% of equity");
        });
    }

    @Test
    void givenLittleBuyingPower_whenDecided_thenTheSizeIsCutToTheBuyingPower() {
        EntryDecision decision = decide(List.of(), "100000", "15000");

        // 15000 / 62 = 241.9 -> 241 shares, below the 322 of the position cap
        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class,
                accepted -> assertThat(accepted.qty()).isEqualByComparingTo("241"));
    }

    @Test
    void givenOpenPositionsNearTheExposureLimit_whenDecided_thenTheSizeIsCutToTheRoomLeft() {
        // 900 x 100 = 90000 open: 100 % of 100000 leaves 10000 = 161 shares at 62
        List<EventEnvelope<?>> given = List.of(buy("MSFT", "x1", "b1", "m1", "900", "100", NOW.minusSeconds(600)));

        EntryDecision decision = decide(given, "100000", "100000");

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.qty()).isEqualByComparingTo("161");
            assertThat(accepted.sizing()).contains("max exposure 100% of equity", "room 10000.00");
        });
    }

    @Test
    void givenNoRoomUnderTheExposureLimit_whenDecided_thenDeclinedNamingTheCap() {
        // an open position of 99970 and an entry in flight for 10 at 5: room 0 -> less than one share
        List<EventEnvelope<?>> given = List.of(buy("MSFT", "x1", "b1", "m1", "1000", "99.97", NOW.minusSeconds(600)),
                Events.entryIntent("NVDA", "n1", "10", "5", "4", NOW.minusSeconds(5)));

        EntryDecision decision = decide(given, "100000", "100000");

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Rejected.class, rejected -> {
            assertThat(rejected.check()).isEqualTo(EntryCheck.MAX_EXPOSURE);
            assertThat(rejected.reason()).contains("cut to 0", "open 100020.00", "room 0.00");
        });
    }

    @Test
    void givenAPriceAboveTheMaxPositionValue_whenDecided_thenDeclinedAsMaxPositionValue() {
        // risk size: budget 3 / 0.75 = 4 shares; but 20 % of 300 = 60 buys no share at 62
        EntryDecision decision = decide(List.of(), "300", "300");

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Rejected.class,
                rejected -> assertThat(rejected.check()).isEqualTo(EntryCheck.MAX_POSITION_VALUE));
    }
}
