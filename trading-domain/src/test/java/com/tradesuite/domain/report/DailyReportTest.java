package com.tradesuite.domain.report;

import static com.tradesuite.domain.Events.adopted;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryAccepted;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.domain.Events.exitIntent;
import static com.tradesuite.domain.Events.ocoIntent;
import static com.tradesuite.domain.Events.sell;
import static com.tradesuite.domain.Events.stopLossLeg;
import static com.tradesuite.domain.Events.takeProfitLeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;

class DailyReportTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    /** New York wall time of a day. */
    private static Instant ny(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TradingDay.NEW_YORK).toInstant();
    }

    /** The monitor's fold: trading state, trade ledger and daily ledger, step by step. */
    private static final class Fold {
        TradingState trading = TradingState.empty();
        TradeLedger trades = TradeLedger.empty();
        DailyLedger daily = DailyLedger.empty();
        Instant last;

        Fold apply(List<? extends EventEnvelope<?>> events) {
            events.forEach(this::apply);
            return this;
        }

        Fold apply(EventEnvelope<?> event) {
            trading = trading.apply(event);
            TradeLedger before = trades;
            trades = trades.apply(event);
            daily = daily.apply(event, trades.closedSince(before), trading);
            last = event.occurredAt();
            return this;
        }

        DailyReport day(LocalDate day) {
            return DailyReport.of(daily, day, last);
        }
    }

    private static int sequence;

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A round trip: a protected bracket entry at {@code open}, closed at {@code close} (risk 2 per share). */
    private static List<EventEnvelope<?>> roundTrip(String symbol, String qty, String entry, String exit,
                                                    Instant open, Instant close) {
        String id = symbol + "-" + (++sequence);
        BigDecimal stop = dec(entry).subtract(new BigDecimal("2"));
        BigDecimal pnl = dec(exit).subtract(dec(entry)).multiply(dec(qty));
        return List.of(
                entryIntent(symbol, id, qty, dec(entry).add(BigDecimal.TEN).toPlainString(), stop.toPlainString(),
                        open),
                entryAccepted(symbol, "b-" + id, id, qty, open),
                takeProfitLeg(symbol, "b-" + id + "-tp", id + "-tp", "b-" + id, qty, "999", open),
                stopLossLeg(symbol, "b-" + id + "-sl", id + "-sl", "b-" + id, qty, stop.toPlainString(), open),
                buy(symbol, "x-" + id, "b-" + id, id, qty, entry, open),
                sell(symbol, "y-" + id, "b-" + id + "-sl", id + "-sl", "b-" + id, OrderType.STOP, qty, exit, "0",
                        close),
                env(symbol, new ExitAttributed("y-" + id, "b-" + id + "-sl", id + "-sl", ExitLayer.EXCHANGE_BRACKET,
                        "stop-loss leg", OrderType.STOP, dec(exit), dec(qty), pnl, null, BigDecimal.ZERO), close));
    }

    private static List<EventEnvelope<?>> concat(List<List<EventEnvelope<?>>> parts) {
        List<EventEnvelope<?>> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    @Test
    void givenTradesOnTwoDays_whenReportingOneDay_thenItsStatisticsCountOnlyThatDaysTrades() {
        Fold fold = new Fold().apply(concat(List.of(
                roundTrip("AAPL", "10", "100", "104", ny(FRIDAY, "09:31"), ny(FRIDAY, "09:41")), // +40, 2R
                roundTrip("MSFT", "5", "200", "198", ny(FRIDAY, "10:00"), ny(FRIDAY, "10:30")), // -10, -1R
                roundTrip("AAPL", "10", "100", "106.5", ny(FRIDAY, "11:00"), ny(FRIDAY, "11:20")), // +65, 3.25R
                roundTrip("AAPL", "10", "100", "99.5", ny(FRIDAY, "12:00"), ny(FRIDAY, "12:10")), // -5, -0.25R
                roundTrip("MSFT", "5", "200", "210", ny(MONDAY, "09:40"), ny(MONDAY, "09:50")))));

        DailyReport friday = fold.day(FRIDAY);

        assertThat(friday.total().trades()).isEqualTo(4);
        assertThat(friday.total().wins()).isEqualTo(2);
        assertThat(friday.total().netPnl()).isEqualByComparingTo("90");
        assertThat(friday.total().winRate()).isEqualByComparingTo("0.5");
        assertThat(friday.total().profitFactor()).isEqualByComparingTo("7");            // 105 / 15
        assertThat(friday.averageWin()).isEqualByComparingTo("52.5");
        assertThat(friday.averageLoss()).isEqualByComparingTo("7.5");
        assertThat(friday.expectancy()).isEqualByComparingTo("22.5");                    // 90 / 4
        assertThat(friday.expectancyR()).isEqualByComparingTo("1");                      // (2 - 1 + 3.25 - 0.25) / 4
        assertThat(friday.averageHoldingSeconds()).isEqualTo(1050L);                     // (10+30+20+10) min / 4
        assertThat(friday.bySymbol()).containsOnlyKeys("AAPL", "MSFT");
        assertThat(friday.bySymbol().get("AAPL").netPnl()).isEqualByComparingTo("100");
        assertThat(friday.rHistogram()).extracting(RHistogram.Bucket::label, RHistogram.Bucket::count)
                .containsExactly(
                        tuple("< -2", 0),
                        tuple("-2 to -1", 0),
                        tuple("-1 to -0.5", 1),  // -1R: lower edges are inclusive
                        tuple("-0.5 to 0", 1),
                        tuple("0 to 0.5", 0),
                        tuple("0.5 to 1", 0),
                        tuple("1 to 2", 0),
                        tuple("2 to 3", 1),
                        tuple(">= 3", 1));
        assertThat(friday.best()).extracting(Trade::realizedPnl).map(DailyReportTest::plain)
                .containsExactly("65", "40", "-5", "-10");
        assertThat(friday.worst().get(0).realizedPnl()).isEqualByComparingTo("-10");
        // Cumulative 40, 30, 95, 90: the deepest fall from a peak is 95 -> 90.
        assertThat(friday.maxDrawdown()).isEqualByComparingTo("10");
        assertThat(friday.equityCurve()).extracting(DailyReport.EquityPoint::cumulativePnl)
                .map(DailyReportTest::plain).containsExactly("0", "40", "30", "95", "90");
        assertThat(friday.equityCurve().get(2).drawdown()).isEqualByComparingTo("10");
        assertThat(friday.exitSources()).extracting(ExitSourceShare::count).containsExactly(4);
        assertThat(friday.fees().amount()).isNull();
        assertThat(friday.fees().note()).startsWith("not reported");
        assertThat(friday.ratios().sharpe()).as("one day has no spread of daily returns").isNull();
    }

    @Test
    void givenTheDeepestFallAcrossMidnight_whenReportingTheRange_thenTheMaxDrawdownSpansBothDays() {
        Fold fold = new Fold().apply(concat(List.of(
                roundTrip("AAPL", "10", "100", "110", ny(FRIDAY, "09:31"), ny(FRIDAY, "09:41")), // +100
                roundTrip("AAPL", "10", "100", "96", ny(FRIDAY, "10:31"), ny(FRIDAY, "10:41")), // -40
                roundTrip("AAPL", "10", "100", "97", ny(MONDAY, "09:31"), ny(MONDAY, "09:41")), // -30
                roundTrip("AAPL", "10", "100", "105", ny(MONDAY, "10:31"), ny(MONDAY, "10:41"))))); // +50

        DailyReport range = DailyReport.of(fold.daily, FRIDAY, MONDAY, fold.last);

        assertThat(range.maxDrawdown()).isEqualByComparingTo("70");                      // 100 -> 30
        assertThat(fold.day(FRIDAY).maxDrawdown()).isEqualByComparingTo("40");
        assertThat(fold.day(MONDAY).maxDrawdown()).isEqualByComparingTo("30");
        assertThat(range.days()).extracting(DailyReport.DayRow::day).containsExactly(FRIDAY, MONDAY);
        assertThat(range.tradingDays()).as("Friday and Monday; the weekend had no activity").isEqualTo(2);
        assertThat(range.total().netPnl()).isEqualByComparingTo("80");
        assertThat(range.equityCurve()).hasSize(5);
    }

    @Test
    void givenDailyPnlOfPlus100Minus50AndNothing_whenReportingTheRange_thenSharpeAndSortinoAreAnnualisedBySqrt252() {
        Fold fold = new Fold().apply(concat(List.of(
                roundTrip("SPY", "10", "100", "110", ny(MONDAY, "10:00"), ny(MONDAY, "10:10")),
                roundTrip("SPY", "10", "100", "95", ny(TUESDAY, "10:00"), ny(TUESDAY, "10:10")))));

        DailyReport range = DailyReport.of(fold.daily, MONDAY, WEDNESDAY, ny(WEDNESDAY, "16:00"));

        // Returns 100, -50, 0: mean 16.667, sample deviation 76.376, downside deviation sqrt(2500 / 3) = 28.868.
        assertThat(range.tradingDays()).isEqualTo(3);
        assertThat(range.ratios().sharpe()).isEqualByComparingTo("3.4641");
        assertThat(range.ratios().sortino()).isEqualByComparingTo("9.1652");
        assertThat(range.ratios().basis()).contains("sqrt(252)");
    }

    @Test
    void givenAPositionOpenForAnHourOfTheSession_whenReportingTheDay_thenExposureIsTimeWeightedOverTheSession() {
        Fold fold = new Fold().apply(concat(List.of(
                roundTrip("AAPL", "10", "100", "101", ny(FRIDAY, "09:00"), ny(FRIDAY, "10:30")))));

        DailyReport friday = fold.day(FRIDAY);

        // 1,000 of cost basis open 09:30-10:30 (the half hour before the open does not count): 1 h of 6.5 h.
        assertThat(friday.exposure().timeInMarketPercent()).isEqualByComparingTo("15.38");
        assertThat(friday.exposure().averageExposure()).isEqualByComparingTo("153.85");
        assertThat(friday.exposure().peakExposure()).isEqualByComparingTo("1000");
    }

    @Test
    void givenAPositionStillOpen_whenReportingTheDay_thenItsExposureCountsUntilTheLastEvent() {
        Fold fold = new Fold().apply(List.of(buy("TSLA", "x-t", "b-t", "t", "4", "250", ny(FRIDAY, "15:00"))));

        DailyReport friday = DailyReport.of(fold.daily, FRIDAY, ny(FRIDAY, "15:39"));

        assertThat(friday.exposure().timeInMarketPercent()).isEqualByComparingTo("10");  // 39 min of 390
        assertThat(friday.protection().openGaps()).as("bought without a stop").isEqualTo(1);
    }

    @Test
    void givenProtectionIncidentsDeliveredTwice_whenReportingTheDay_thenEachCountsOnce() {
        Instant nine45 = ny(FRIDAY, "09:45");
        EventEnvelope<?> reprotect = ocoIntent("NVDA", "rp-1", "10", "150", "130", nine45);
        EventEnvelope<?> fallback = exitIntent("NVDA", "fb-1", OrderPurpose.FALLBACK_EXIT, OrderType.MARKET, "10",
                null, nine45.plusSeconds(60));
        EventEnvelope<?> hardStop = exitIntent("AMD", "hs-1", OrderPurpose.EMERGENCY_EXIT, OrderType.MARKET, "5",
                null, nine45.plusSeconds(120));
        EventEnvelope<?> adoption = adopted("META", "3", "500", nine45.plusSeconds(180));
        EventEnvelope<?> declined = env("QQQ", new EntryDeclined("sig-1", "COOLDOWN", "cooling down"), nine45);
        EventEnvelope<?> declinedOther = env("QQQ", new EntryDeclined("sig-2", "MAX_POSITIONS", "5 open"), nine45);
        EventEnvelope<?> trailing = exitIntent("NVDA", "tr-1", OrderPurpose.TRAILING_STOP, OrderType.STOP, "10",
                "131", nine45);

        Fold fold = new Fold().apply(List.of(reprotect, reprotect, fallback, hardStop, hardStop, adoption, adoption,
                declined, declined, declinedOther, trailing));
        DailyReport friday = fold.day(FRIDAY);

        DailyReport.ProtectionIncidents protection = friday.protection();
        assertThat(protection.reprotections()).isEqualTo(1);
        assertThat(protection.fallbackExits()).isEqualTo(1);
        assertThat(protection.hardStopExits()).isEqualTo(1);
        assertThat(protection.adoptions()).isEqualTo(1);
        assertThat(protection.latest()).extracting(ProtectionIncident::kind).containsExactly(
                ProtectionIncident.Kind.REPROTECTION, ProtectionIncident.Kind.FALLBACK_EXIT,
                ProtectionIncident.Kind.HARD_STOP_EXIT, ProtectionIncident.Kind.ADOPTION);
        assertThat(friday.entryDeclines()).containsOnly(
                entry("COOLDOWN", 1),
                entry("MAX_POSITIONS", 1));
    }

    @Test
    void givenABuyWithoutAStopClosedFiveSecondsLater_whenReportingTheDay_thenItIsOneGapOverTheBound() {
        Instant bought = ny(FRIDAY, "10:00");
        Fold fold = new Fold().apply(List.of(
                buy("TSLA", "x-t1", "b-t1", "t1", "4", "250", bought),
                sell("TSLA", "x-t2", "b-t2", "t2", null, OrderType.MARKET, "4", "251", "0", bought.plusSeconds(5)),
                // a protected entry makes no gap
                entryIntent("AAPL", "a1", "10", "110", "98", bought),
                entryAccepted("AAPL", "b-a1", "a1", "10", bought),
                takeProfitLeg("AAPL", "b-a1-tp", "a1-tp", "b-a1", "10", "110", bought),
                stopLossLeg("AAPL", "b-a1-sl", "a1-sl", "b-a1", "10", "98", bought),
                buy("AAPL", "x-a1", "b-a1", "a1", "10", "100", bought.plusSeconds(1))));

        DailyReport.ProtectionIncidents protection = fold.day(FRIDAY).protection();

        assertThat(protection.gaps()).isEqualTo(1);
        assertThat(protection.gapsOverBound()).isEqualTo(1);
        assertThat(protection.longestGapMillis()).isEqualTo(5_000);
        assertThat(protection.openGaps()).isZero();
        assertThat(protection.latest()).singleElement().satisfies(gap -> {
            assertThat(gap.symbol()).isEqualTo("TSLA");
            assertThat(gap.at()).isEqualTo(bought);
            assertThat(gap.detail()).isEqualTo("position closed");
        });
    }

    @Test
    void givenAThousandTradesInADay_whenFolded_thenTheDayKeepsFiveBestFiveWorstAndOnePointPerMinute() {
        Fold fold = new Fold();
        for (int i = 0; i < 1_000; i++) {
            Instant open = ny(FRIDAY, "09:30").plusSeconds(i * 20L);
            String exit = new BigDecimal("100").add(BigDecimal.valueOf(i % 7 - 3)).toPlainString();
            fold.apply(roundTrip("AAPL", "1", "100", exit, open, open.plusSeconds(10)));
        }

        DayAggregate day = fold.daily.days().get(FRIDAY);

        assertThat(day.total().trades()).isEqualTo(1_000);
        assertThat(day.best()).hasSize(DayAggregate.RANKED);
        assertThat(day.worst()).hasSize(DayAggregate.RANKED);
        assertThat(day.pnlByMinute()).hasSizeLessThanOrEqualTo(1_440).hasSize(334); // 20 000 s of closes, by minute
        assertThat(fold.day(FRIDAY).best().get(0).realizedPnl()).isEqualByComparingTo("3");
    }

    @Test
    void givenMoreDaysThanItKeeps_whenFolded_thenTheOldestAreDropped() {
        Fold fold = new Fold();
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i <= DailyLedger.MAX_DAYS; i++) {
            fold.apply(env("QQQ", new EntryDeclined("sig-" + i, "COOLDOWN", "cooling down"),
                    ny(first.plusDays(i), "10:00")));
        }

        assertThat(fold.daily.days()).hasSize(DailyLedger.MAX_DAYS);
        assertThat(fold.daily.days().firstKey()).isEqualTo(first.plusDays(1));
    }
}
