package com.tradesuite.domain.report;

import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderType;

/** The bounded aggregates give today's report whatever order the symbols' entries arrive in. */
class ReportAggregateTest {

    private static final List<EventEnvelope<?>> LEDGER = List.of(
            entryIntent("AAPL", "a1", "10", "110", "98", at(0)),
            buy("AAPL", "xa1", "ba1", "a1", "10", "100", at(1)),
            sell("AAPL", "xa2", "ba2", "a1-tp", null, OrderType.LIMIT, "10", "104", "0", at(10)),
            entryIntent("MSFT", "m1", "5", "230", "190", at(11)),
            buy("MSFT", "xm1", "bm1", "m1", "5", "200", at(12)),
            sell("MSFT", "xm2", "bm2", "m1-sl", null, OrderType.STOP, "5", "190", "0", at(20)),
            entryIntent("AAPL", "a2", "10", "120", "95", at(21)),
            buy("AAPL", "xa3", "ba3", "a2", "10", "100", at(22)),
            sell("AAPL", "xa4", "ba4", "a2-tp", null, OrderType.LIMIT, "10", "110", "0", at(30)),
            buy("TSLA", "xt1", "bt1", "t1", "4", "50", at(31)),
            sell("TSLA", "xt2", "bt2", "t1-x", null, OrderType.STOP, "4", "40", "0", at(40)),
            exit("AAPL", "xa2", ExitLayer.EXCHANGE_BRACKET, "take-profit leg"),
            exit("MSFT", "xm2", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg"),
            exit("AAPL", "xa4", ExitLayer.EXCHANGE_BRACKET, "take-profit leg"),
            exit("TSLA", "xt2", ExitLayer.SELLER, "trailing stop"),
            exit("TSLA", "xt2", ExitLayer.SELLER, "trailing stop")); // duplicate delivery

    private static EventEnvelope<ExitAttributed> exit(String symbol, String executionId, ExitLayer layer,
                                                      String reason) {
        return env(symbol, new ExitAttributed(executionId, "b-" + executionId, "c-" + executionId, layer, reason,
                OrderType.STOP, dec("100"), dec("1"), dec("0"), null, BigDecimal.ZERO), at(1000));
    }

    @Test
    void givenEntriesInLogOrderWhenAggregatedThenTheReportIsTheLedgersReport() {
        ReportAggregate aggregate = aggregate(perSymbolEntries(LEDGER), List.of("AAPL", "MSFT", "TSLA"));

        assertSameReport(TradeReport.of(aggregate), TradeReport.of(TradeLedger.of(LEDGER)));
        assertThat(aggregate.events()).isEqualTo(LEDGER.size());
    }

    @Test
    void givenSymbolsArrivingOutOfCloseOrderWhenAggregatedThenTheDrawdownIsStillInCloseOrder() {
        // TSLA's loss closed last but arrives first, AAPL's two trades last: the same report.
        ReportAggregate aggregate = aggregate(perSymbolEntries(LEDGER), List.of("TSLA", "MSFT", "AAPL"));

        TradeReport expected = TradeReport.of(TradeLedger.of(LEDGER));
        assertSameReport(TradeReport.of(aggregate), expected);
        assertThat(TradeReport.of(aggregate).maxDrawdown()).isEqualByComparingTo("50");
    }

    @Test
    void givenASegmentSplitAnywhereWhenTheHalvesAreChainedThenItIsTheWholeRun() {
        Random random = new Random(7);
        List<BigDecimal> pnls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pnls.add(BigDecimal.valueOf(random.nextInt(2001) - 1000, 2));
        }
        DrawdownSegment whole = fold(pnls);
        for (int split = 0; split <= pnls.size(); split += 13) {
            DrawdownSegment chained = fold(pnls.subList(0, split)).then(fold(pnls.subList(split, pnls.size())));
            assertThat(chained.worst()).as("split at %d", split).isEqualByComparingTo(whole.worst());
            assertThat(chained.total()).isEqualByComparingTo(whole.total());
            assertThat(chained.peak()).isEqualByComparingTo(whole.peak());
            assertThat(chained.low()).isEqualByComparingTo(whole.low());
        }
    }

    @Test
    void givenTradesOverManyDaysInShuffledOrderWithinAWeekWhenCurvedThenTheDrawdownIsExactAndBounded() {
        Random random = new Random(11);
        Instant start = Instant.parse("2026-01-05T15:00:00Z");
        List<DrawdownCurve.Point> trades = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            trades.add(new DrawdownCurve.Point(start.plus(Duration.ofHours(3L * i)),
                    BigDecimal.valueOf(random.nextInt(2001) - 1000, 2)));
        }
        // Arrival order: close order with neighbours up to two days apart swapped.
        List<DrawdownCurve.Point> arrival = new ArrayList<>(trades);
        for (int i = 0; i + 16 < arrival.size(); i += 17) {
            DrawdownCurve.Point early = arrival.get(i);
            arrival.set(i, arrival.get(i + 16));
            arrival.set(i + 16, early);
        }
        DrawdownCurve curve = DrawdownCurve.empty();
        int mostKept = 0;
        for (DrawdownCurve.Point trade : arrival) {
            curve = curve.add(trade.closedAt(), trade.pnl());
            mostKept = Math.max(mostKept, curve.recent().size());
        }

        assertThat(curve.maxDrawdown()).isEqualByComparingTo(fold(trades.stream()
                .sorted(Comparator.comparing(DrawdownCurve.Point::closedAt)).map(DrawdownCurve.Point::pnl)
                .toList()).worst());
        assertThat(curve.lateTrades()).isZero();
        assertThat(mostKept).as("a week of trades at most (8 a day)").isLessThanOrEqualTo(8 * DrawdownCurve.DAYS_KEPT);
    }

    @Test
    void givenATradeMoreThanAWeekLateWhenCurvedThenItIsCountedLateAndStillSummed() {
        Instant monday = Instant.parse("2026-01-05T15:00:00Z");
        DrawdownCurve curve = DrawdownCurve.empty()
                .add(monday.plus(Duration.ofDays(10)), new BigDecimal("100"))
                .add(monday, new BigDecimal("-30"));

        assertThat(curve.lateTrades()).isEqualTo(1);
        assertThat(curve.segment().total()).isEqualByComparingTo("70");
    }

    @Test
    void givenTradesArrivingWeeksOutOfOrderWhenDaysAreChainedThenTheDrawdownIsStillExact() {
        Instant monday = Instant.parse("2026-01-05T15:00:00Z");
        // Close order: -100 on day 0, +200 on day 10, -150 on day 20 (cumulative -100, 100, -50: drawdown 150);
        // the day-0 trade arrives last, three weeks behind.
        List<DrawdownCurve.Point> arrival = List.of(
                new DrawdownCurve.Point(monday.plus(Duration.ofDays(10)), new BigDecimal("200")),
                new DrawdownCurve.Point(monday.plus(Duration.ofDays(20)), new BigDecimal("-150")),
                new DrawdownCurve.Point(monday, new BigDecimal("-100")));
        DrawdownCurve total = DrawdownCurve.empty();
        Map<LocalDate, ReportAggregate> days = new TreeMap<>();
        for (DrawdownCurve.Point point : arrival) {
            total = total.add(point.closedAt(), point.pnl());
            Trade trade = new Trade("AAPL", point.closedAt(), point.closedAt(), BigDecimal.ONE, BigDecimal.ONE,
                    point.pnl(), null);
            ReportEntry entry = new ReportEntry("AAPL", point.closedAt(), trade, null, null,
                    ProtectionSummary.NONE);
            days.merge(entry.day(), ReportAggregate.empty().add(entry), (day, one) -> day.add(entry));
        }

        assertThat(total.lateTrades()).as("the one curve cannot place it").isEqualTo(1);
        assertThat(total.maxDrawdown()).as("200, -100, -150 in that order").isEqualByComparingTo("250");
        TradeReport chained = TradeReport.of(ReportAggregate.empty(), List.copyOf(days.values()));
        assertThat(chained.maxDrawdown()).isEqualByComparingTo("150");
    }

    @Test
    void givenTalliesOfTwoHalvesWhenMergedThenTheyAreTheTallyOfAll() {
        List<Trade> trades = TradeLedger.of(LEDGER).closedTrades();
        TradeTally merged = TradeTally.of(trades.subList(0, 2)).merge(TradeTally.of(trades.subList(2, 4)));

        assertSameReport(merged.stats(), TradeStats.of(trades));
        assertThat(ExitTally.empty().add(ExitLayer.SELLER, "trailing stop")
                .merge(ExitTally.empty().add(ExitLayer.SELLER, "trailing stop")).shares())
                .singleElement().satisfies(share -> {
                    assertThat(share.count()).isEqualTo(2);
                    assertThat(share.percent()).isEqualByComparingTo("100");
                });
    }

    private static Map<String, List<ReportEntry>> perSymbolEntries(List<EventEnvelope<?>> events) {
        Map<String, SymbolLedger> ledgers = new HashMap<>();
        Map<String, List<ReportEntry>> entries = new TreeMap<>();
        for (EventEnvelope<?> event : events) {
            SymbolLedger.Step step = ledgers.getOrDefault(event.symbol(), SymbolLedger.empty()).apply(event);
            ledgers.put(event.symbol(), step.ledger());
            entries.computeIfAbsent(event.symbol(), symbol -> new ArrayList<>()).add(step.entry());
        }
        return entries;
    }

    private static ReportAggregate aggregate(Map<String, List<ReportEntry>> entries, List<String> symbolOrder) {
        ReportAggregate aggregate = ReportAggregate.empty();
        for (String symbol : symbolOrder) {
            for (ReportEntry entry : entries.get(symbol)) {
                aggregate = aggregate.add(entry);
            }
        }
        return aggregate;
    }

    private static DrawdownSegment fold(List<BigDecimal> pnls) {
        DrawdownSegment segment = DrawdownSegment.empty();
        for (BigDecimal pnl : pnls) {
            segment = segment.then(pnl);
        }
        return segment;
    }

    private static void assertSameReport(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
                .isEqualTo(expected);
    }
}
