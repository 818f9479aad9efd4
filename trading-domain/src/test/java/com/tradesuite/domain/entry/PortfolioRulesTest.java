package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.Side;

/** The sector caps, the correlation cap and the choppy-regime policy as the decider applies them. */
class PortfolioRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    /** Caps and stop floor that never bind, so only the portfolio rules cut or decline. */
    private static final SizingRules LOOSE = new SizingRules(dec("100"), dec("400"), dec("0"), dec("0"));
    private static final SectorMap SECTORS = SectorMap.parse(List.of(
            "# test map", "AAPL=INFORMATION_TECHNOLOGY", "msft = INFORMATION_TECHNOLOGY", "",
            "NVDA=INFORMATION_TECHNOLOGY", "XOM=ENERGY"));
    private static final AccountSnapshot ACCOUNT = new AccountSnapshot(dec("100000"), dec("400000"), false);

    /** 100 entry, 98 stop: 1 % of 100000 at confidence 1 buys 500 shares (50000). */
    private static EntrySignalled signal(String symbol, Regime regime) {
        return new EntrySignalled("momentum:" + symbol + ":" + NOW, "momentum", Side.BUY, NOW.minusSeconds(60),
                dec("100"), dec("98"), dec("104"), dec("1"), BigDecimal.ONE, regime);
    }

    private static EntryDecision decide(RiskRules risk, String symbol, Regime regime, ReturnWindows returns,
                                        List<EventEnvelope<?>> given) {
        EntryPolicy policy = new EntryPolicy(dec("1"), 10, dec("5000"), OrderType.MARKET, Duration.ofMinutes(5),
                LOOSE, risk);
        return new EntryDecider(policy).decide(symbol, signal(symbol, regime), TradingState.of(given), ACCOUNT,
                returns, NOW);
    }

    private static RiskRules sectors(int maxPositions, String maxExposurePercent) {
        return new RiskRules(new SectorRules(SECTORS, maxPositions, dec(maxExposurePercent)), CorrelationRule.OFF,
                ChoppyRegime.REDUCE);
    }

    private static EventEnvelope<?> holding(String symbol, String qty, String price) {
        return buy(symbol, "exec-" + symbol, "broker-" + symbol, "entry-" + symbol, qty, price, NOW.minusSeconds(600));
    }

    private static EntryCheck checkOf(EntryDecision decision) {
        return decision instanceof EntryDecision.Rejected rejected ? rejected.check() : null;
    }

    @Test
    void givenTheSectorFull_whenAnotherSymbolOfItSignals_thenItIsDeclinedAndAnotherSectorIsNot() {
        List<EventEnvelope<?>> given = List.of(holding("AAPL", "10", "200"), holding("NVDA", "10", "100"));

        EntryDecision tech = decide(sectors(2, "100"), "MSFT", Regime.NORMAL, new ReturnWindows(60), given);
        EntryDecision energy = decide(sectors(2, "100"), "XOM", Regime.NORMAL, new ReturnWindows(60), given);

        assertThat(tech).isInstanceOfSatisfying(EntryDecision.Rejected.class, rejected -> {
            assertThat(rejected.check()).isEqualTo(EntryCheck.SECTOR_POSITIONS);
            assertThat(rejected.reason()).isEqualTo(
                    "2 positions or entries open in INFORMATION_TECHNOLOGY [AAPL, NVDA], the sector limit is 2");
        });
        assertThat(energy).isInstanceOf(EntryDecision.Accepted.class);
    }

    @Test
    void givenUnknownSymbols_whenOneIsOpen_thenTheyShareTheUnknownBucket() {
        List<EventEnvelope<?>> given = List.of(holding("ZZZZ", "10", "100"));

        EntryDecision decision = decide(sectors(1, "100"), "QQQQ", Regime.NORMAL, new ReturnWindows(60), given);

        assertThat(checkOf(decision)).isEqualTo(EntryCheck.SECTOR_POSITIONS);
        assertThat(((EntryDecision.Rejected) decision).reason()).contains("in UNKNOWN [ZZZZ]");
    }

    @Test
    void givenASectorNearItsExposureCap_whenAnEntryOfItIsSized_thenItIsCutToTheRoomLeft() {
        // 25 % of 100000 = 25000, AAPL holds 20000 -> room 5000 = 50 shares at 100 (the risk size is 500)
        List<EventEnvelope<?>> given = List.of(holding("AAPL", "100", "200"));

        EntryDecision decision = decide(sectors(5, "25"), "MSFT", Regime.NORMAL, new ReturnWindows(60), given);

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.qty()).isEqualByComparingTo("50");
            assertThat(accepted.sizing()).contains("sector INFORMATION_TECHNOLOGY",
                    "cut to 50 (5000.00) by max sector exposure 25% of equity = 25000.00 in INFORMATION_TECHNOLOGY, "
                            + "open 20000.00, room 5000.00");
        });
    }

    @Test
    void givenASectorWithLessThanOneShareOfRoom_whenAnEntryOfItIsSized_thenItIsDeclined() {
        List<EventEnvelope<?>> given = List.of(holding("AAPL", "124", "201"));

        EntryDecision decision = decide(sectors(5, "25"), "MSFT", Regime.NORMAL, new ReturnWindows(60), given);

        assertThat(checkOf(decision)).isEqualTo(EntryCheck.SECTOR_EXPOSURE);
    }

    @Test
    void givenReturnsThatMoveTogether_whenASignalCorrelatesAboveTheLimitWithAnOpenPosition_thenItIsDeclined() {
        ReturnWindows returns = new ReturnWindows(60);
        for (int i = 0; i < 30; i++) {
            double wiggle = i % 3 == 0 ? 1.0 : (i % 3 == 1 ? -0.6 : 0.3);
            returns.onBar("AAPL", bar(i, 200 + i * 0.1 + wiggle));
            returns.onBar("MSFT", bar(i, 100 + i * 0.05 + wiggle / 2));
        }
        RiskRules risk = new RiskRules(SectorRules.OFF, new CorrelationRule(0.8, 20), ChoppyRegime.REDUCE);

        EntryDecision decision = decide(risk, "MSFT", Regime.NORMAL, returns, List.of(holding("AAPL", "10", "200")));

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Rejected.class, rejected -> {
            assertThat(rejected.check()).isEqualTo(EntryCheck.CORRELATION);
            assertThat(rejected.reason())
                    .matches("returns of MSFT correlate with open AAPL: (0\\.9\\d|1\\.00) over 29 bars, the limit is 0\\.80");
        });
    }

    @Test
    void givenTooFewOverlappingBars_whenASignalIsChecked_thenItIsAllowedAndTheReasonSaysSo() {
        ReturnWindows returns = new ReturnWindows(60);
        for (int i = 0; i < 5; i++) {
            returns.onBar("AAPL", bar(i, 200 + i));
            returns.onBar("MSFT", bar(i, 100 + i));
        }
        RiskRules risk = new RiskRules(SectorRules.OFF, new CorrelationRule(0.8, 20), ChoppyRegime.REDUCE);

        EntryDecision decision = decide(risk, "MSFT", Regime.NORMAL, returns, List.of(holding("AAPL", "10", "200")));

        assertThat(decision).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> assertThat(
                accepted.sizing()).contains("correlation none measured, not judged (fewer than 20 bars or no "
                        + "movement): AAPL (4 bars)"));
    }

    @Test
    void givenAChoppySignal_whenChoppyRegimesAreBlocked_thenItIsDeclined() {
        RiskRules block = new RiskRules(SectorRules.OFF, CorrelationRule.OFF, ChoppyRegime.BLOCK);

        assertThat(checkOf(decide(block, "MSFT", Regime.CHOPPY, new ReturnWindows(60), List.of())))
                .isEqualTo(EntryCheck.REGIME);
        assertThat(decide(block, "MSFT", Regime.NORMAL, new ReturnWindows(60), List.of()))
                .isInstanceOf(EntryDecision.Accepted.class);
    }

    @Test
    void givenAChoppySignal_whenReducedOrIgnored_thenTheRiskIsHalvedOrKept() {
        EntryDecision reduced = decide(RiskRules.OFF, "MSFT", Regime.CHOPPY, new ReturnWindows(60), List.of());
        EntryDecision ignored = decide(new RiskRules(SectorRules.OFF, CorrelationRule.OFF, ChoppyRegime.IGNORE),
                "MSFT", Regime.CHOPPY, new ReturnWindows(60), List.of());

        assertThat(reduced).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.riskBudget()).isEqualByComparingTo("500");
            assertThat(accepted.qty()).isEqualByComparingTo("250");
            assertThat(accepted.sizing()).contains("regime CHOPPY;");
        });
        assertThat(ignored).isInstanceOfSatisfying(EntryDecision.Accepted.class, accepted -> {
            assertThat(accepted.riskBudget()).isEqualByComparingTo("1000");
            assertThat(accepted.sizing()).contains("regime CHOPPY (ignored)");
        });
    }

    private static BarClosed bar(int minute, double close) {
        BigDecimal c = BigDecimal.valueOf(close);
        return new BarClosed("1Min", NOW.minusSeconds(3600).plusSeconds(60L * minute), c, c, c, c, 100);
    }
}
