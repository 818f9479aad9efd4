package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

class EntryDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    /** Caps and stop floor that never bind here, so these tests see the pre-trade checks and risk sizing alone. */
    private static final SizingRules LOOSE = new SizingRules(dec("100"), dec("400"), dec("0"), dec("0"));
    private static final EntryPolicy POLICY = new EntryPolicy(dec("1"), 3, dec("500"), OrderType.MARKET,
            Duration.ofSeconds(60), LOOSE);
    private static final AccountSnapshot RICH = new AccountSnapshot(dec("100000"), dec("200000"), false);

    private final EntryDecider decider = new EntryDecider(POLICY);

    /** Reference 228.90, stop 226.40 (2.50 risk), target 233.90, confidence 0.8. */
    private static EntrySignalled signal(Instant barTime) {
        return new EntrySignalled(EntrySignalled.signalIdFor("momentum", AAPL, barTime), "momentum", Side.BUY, barTime,
                dec("228.90"), dec("226.40"), dec("233.90"), dec("1.25"), dec("0.8"));
    }

    private static final EntrySignalled SIGNAL = signal(Instant.parse("2026-11-20T14:59:00Z"));

    private EntryDecision decide(List<EventEnvelope<?>> given, AccountSnapshot account, Instant now) {
        return decider.decide(AAPL, SIGNAL, TradingState.of(given), account, now);
    }

    private static EntryCheck checkOf(EntryDecision decision) {
        return decision instanceof EntryDecision.Rejected rejected ? rejected.check() : null;
    }

    @Test
    void sizesByRiskPerTradeScaledByConfidence() {
        // budget 100000 x 1 % x 0.8 = 800; 800 / (228.90 - 226.40) = 320 shares
        EntryDecision decision = decide(List.of(), RICH, NOW);

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.qty()).isEqualByComparingTo("320");
            assertThat(accepted.riskBudget()).isEqualByComparingTo("800");
            assertThat(accepted.riskPerShare()).isEqualByComparingTo("2.50");
            assertThat(accepted.clientOrderId()).isEqualTo(ClientOrderIds.forEntry(SIGNAL.signalId()));
            OrderIntentRecorded intent = accepted.toIntent();
            assertThat(intent.orderClass()).isEqualTo(OrderClass.BRACKET);
            assertThat(intent.purpose()).isEqualTo(OrderPurpose.ENTRY);
            assertThat(intent.takeProfitPrice()).isEqualByComparingTo("233.90");
            assertThat(intent.stopLossPrice()).isEqualByComparingTo("226.40");
        });
    }

    @Test
    void sharesAreFlooredToWholeShares() {
        // budget 1000 / risk 0.63 = 1587.3 -> 1587
        assertThat(PositionSizer.shares(PositionSizer.riskBudget(dec("100000"), dec("1"), dec("1")), dec("50.00"),
                dec("49.37"))).isEqualByComparingTo("1587");
        // budget 25000 x 2 % x 0.5 = 250; 250 / 3 = 83.3 -> 83
        assertThat(PositionSizer.shares(PositionSizer.riskBudget(dec("25000"), dec("2"), dec("0.5")), dec("10"),
                dec("7"))).isEqualByComparingTo("83");
    }

    @Test
    void lessThanOneShareIsDeclined() {
        // budget 1000 x 1 % x 0.8 = 8 buys 3.2 -> 3 shares; at equity 200, budget 1.60 buys 0
        assertThat(checkOf(decide(List.of(), new AccountSnapshot(dec("200"), dec("200"), false), NOW)))
                .isEqualTo(EntryCheck.QTY_BELOW_ONE);
    }

    @Test
    void moreThanTheBuyingPowerIsCutDownToItNotDeclined() {
        // 320 x 228.90 = 73248 > 50000: 50000 / 228.90 = 218.4 -> 218 shares (this issue: cut, not declined)
        EntryDecision decision = decide(List.of(), new AccountSnapshot(dec("100000"), dec("50000"), false), NOW);

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.qty()).isEqualByComparingTo("218");
            assertThat(accepted.sizing()).contains("cut to 218", "buying power 50000");
        });
    }

    @Test
    void buyingPowerForLessThanOneShareIsDeclined() {
        EntryDecision decision = decide(List.of(), new AccountSnapshot(dec("100000"), dec("200"), false), NOW);

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Rejected.class, rejected -> {
            assertThat(rejected.check()).isEqualTo(EntryCheck.BUYING_POWER);
            assertThat(rejected.reason()).contains("cut to 0", "buying power 200");
        });
    }

    @Test
    void aDecidedSignalIsADuplicateAfterARestart() {
        List<EventEnvelope<?>> declined = List.of(env(AAPL, new EntryDeclined(SIGNAL.signalId(), "COOLDOWN", "x"),
                NOW.minusSeconds(30)));
        assertThat(checkOf(decide(declined, RICH, NOW))).isEqualTo(EntryCheck.DUPLICATE_SIGNAL);

        // an intent whose envelope lost the correlation id is still recognised by its deterministic client order id
        EntryDecision.Accepted first = (EntryDecision.Accepted) decide(List.of(), RICH, NOW);
        List<EventEnvelope<?>> entered = List.of(env(AAPL, first.toIntent(), NOW, "unrelated"));
        assertThat(checkOf(decide(entered, RICH, NOW.plusSeconds(1)))).isEqualTo(EntryCheck.DUPLICATE_SIGNAL);
    }

    @Test
    void theChecksRunInOrderAndTheFirstFailureIsReported() {
        List<EventEnvelope<?>> given = List.of(
                Events.cooldownStarted(AAPL, NOW.plusSeconds(600), NOW.minusSeconds(60)),
                env(AAPL, new EntryDeclined(SIGNAL.signalId(), "COOLDOWN", "x"), NOW.minusSeconds(30)));

        assertThat(checkOf(decide(given, new AccountSnapshot(dec("1"), dec("1"), true), NOW)))
                .isEqualTo(EntryCheck.DUPLICATE_SIGNAL);
        assertThat(checkOf(decide(given.subList(0, 1), new AccountSnapshot(dec("1"), dec("1"), true), NOW)))
                .isEqualTo(EntryCheck.COOLDOWN);
    }

    @Test
    void aCoolingDownSymbolIsDeclinedUntilTheCooldownEnds() {
        List<EventEnvelope<?>> given = List.of(Events.cooldownStarted(AAPL, NOW.plusSeconds(600), NOW));

        assertThat(decide(given, RICH, NOW.plusSeconds(599))).isInstanceOfSatisfying(EntryDecision.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("cooling down until " + NOW.plusSeconds(600)));
        assertThat(decide(given, RICH, NOW.plusSeconds(600))).isInstanceOf(EntryDecision.Accepted.class);
    }

    @Test
    void anOpenPositionOrAnEntryInFlightBlocksAnotherEntry() {
        assertThat(checkOf(decide(List.of(buy(AAPL, "x1", "b1", "manual", "5", "220", NOW.minusSeconds(60))), RICH,
                NOW))).isEqualTo(EntryCheck.ALREADY_OPEN);
        assertThat(checkOf(decide(List.of(Events.entryIntent(AAPL, "other-entry", "5", "240", "210",
                NOW.minusSeconds(5))), RICH, NOW))).isEqualTo(EntryCheck.ALREADY_OPEN);
    }

    @Test
    void aHaltDeclinesEverything() {
        assertThat(checkOf(decide(List.of(), new AccountSnapshot(dec("100000"), dec("200000"), true), NOW)))
                .isEqualTo(EntryCheck.TRADING_HALTED);
    }

    @Test
    void openPositionsAndEntriesInFlightCountTowardsTheLimit() {
        List<EventEnvelope<?>> given = List.of(
                buy("MSFT", "x1", "b1", "m1", "5", "400", NOW.minusSeconds(60)),
                buy("TSLA", "x2", "b2", "t1", "5", "300", NOW.minusSeconds(60)));
        assertThat(decide(given, RICH, NOW)).isInstanceOf(EntryDecision.Accepted.class);

        List<EventEnvelope<?>> full = new ArrayList<>(given);
        full.add(Events.entryIntent("NVDA", "n1", "5", "150", "130", NOW.minusSeconds(2)));
        assertThat(checkOf(decide(full, RICH, NOW))).isEqualTo(EntryCheck.MAX_OPEN_POSITIONS);
    }

    /** A 600 loss (100 MSFT bought at 50, sold at 44) realised at {@code closedAt}. */
    private static List<EventEnvelope<?>> lossOf600At(Instant closedAt) {
        return List.of(buy("MSFT", "lx1", "lb1", "l1", "100", "50", closedAt.minusSeconds(600)),
                sell("MSFT", "lx2", "lb2", "l2", null, OrderType.MARKET, "100", "44", "0", closedAt));
    }

    @Test
    void theDailyLossLimitHoldsUntilMidnightInNewYorkNotUtc() {
        // 23:30 UTC on 20 Nov is 18:30 EST, still 20 Nov in New York
        List<EventEnvelope<?>> given = lossOf600At(Instant.parse("2026-11-20T23:30:00Z"));

        assertThat(checkOf(decide(given, RICH, Instant.parse("2026-11-21T02:00:00Z"))))
                .isEqualTo(EntryCheck.DAILY_LOSS_LIMIT);
        assertThat(checkOf(decide(given, RICH, Instant.parse("2026-11-21T04:59:59Z"))))
                .isEqualTo(EntryCheck.DAILY_LOSS_LIMIT);
        assertThat(decide(given, RICH, Instant.parse("2026-11-21T05:00:00Z")))
                .isInstanceOf(EntryDecision.Accepted.class);
    }

    @Test
    void theDailyLossLimitResetsAtNewYorkMidnightAcrossTheDstChange() {
        // DST began 8 Mar 2026: on 9 Mar New York is UTC-4, so its midnight is 04:00 UTC, not 05:00
        List<EventEnvelope<?>> given = lossOf600At(Instant.parse("2026-03-09T15:00:00Z"));

        assertThat(checkOf(decide(given, RICH, Instant.parse("2026-03-10T03:59:59Z"))))
                .isEqualTo(EntryCheck.DAILY_LOSS_LIMIT);
        assertThat(decide(given, RICH, Instant.parse("2026-03-10T04:00:00Z")))
                .isInstanceOf(EntryDecision.Accepted.class);
    }

    @Test
    void aLossBelowTheLimitDoesNotStopEntries() {
        List<EventEnvelope<?>> given = List.of(buy("MSFT", "lx1", "lb1", "l1", "100", "50", NOW.minusSeconds(600)),
                sell("MSFT", "lx2", "lb2", "l2", null, OrderType.MARKET, "100", "45.01", "0", NOW.minusSeconds(60)));

        assertThat(TradingState.of(given).dailyPnl().on(NOW)).isEqualByComparingTo("-499");
        assertThat(decide(given, RICH, NOW)).isInstanceOf(EntryDecision.Accepted.class);
    }
}
