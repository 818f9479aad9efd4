package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** The pure mapping from fold steps to rows, over the hand-made day of {@link HandMadeLedger}; no database. */
class ReadModelRowsTest {

    /** Folds the events through the ledger as the monitor does and collects every step's rows. */
    private static List<ReadModelRow> rowsOf(List<? extends EventEnvelope<?>> events) {
        List<ReadModelRow> rows = new ArrayList<>();
        TradeLedger ledger = TradeLedger.empty();
        for (EventEnvelope<?> event : events) {
            TradeLedger after = ledger.apply(event);
            rows.addAll(ReadModelRows.of(ledger, event, after));
            ledger = after;
        }
        return rows;
    }

    private static List<EventEnvelope<?>> handMadeDay() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.addAll(HandMadeLedger.orders());
        events.addAll(HandMadeLedger.fills());
        events.addAll(HandMadeLedger.exits());
        return events;
    }

    private static List<ReadModelRow> of(List<ReadModelRow> rows, ReadModelTable table) {
        return rows.stream().filter(row -> row.table() == table).toList();
    }

    @Test
    void ordersAddNoRows() {
        assertThat(rowsOf(HandMadeLedger.orders())).isEmpty();
    }

    @Test
    void oneFillRowPerExecutionTheDuplicateDeliveryAddsNone() {
        List<ReadModelRow> fills = of(rowsOf(handMadeDay()), ReadModelTable.FILLS);

        assertThat(fills).extracting(ReadModelRow::key).containsExactly("x-a1", "x-a2", "x-m1", "x-m2", "x-a3",
                "x-a4", "x-m3", "x-m4", "x-n1", "x-t1");
        ReadModelRow takeProfit = fills.get(1);
        assertThat(takeProfit.values()).containsExactly("x-a2", "AAPL", "SELL", "LIMIT", new BigDecimal("10"),
                new BigDecimal("104"), HandMadeLedger.T0.plusSeconds(10), "b-a1-tp", "a1-tp", null,
                new BigDecimal("10"), new BigDecimal("10"), false, BigDecimal.ZERO, "corr-AAPL", "fill:x-a2");
    }

    @Test
    void oneExitRowPerExecutionTheDuplicateRecordAddsNone() {
        List<ReadModelRow> exits = of(rowsOf(handMadeDay()), ReadModelTable.EXIT_SOURCES);

        assertThat(exits).extracting(row -> row.key() + " " + row.value("symbol") + " " + row.value("layer") + " "
                + row.value("reason") + " " + row.value("order_type") + " " + row.value("qty") + "@"
                + row.value("price") + " " + row.value("realized_pnl") + " R " + row.value("r_multiple"))
                .containsExactly(
                        "x-a2 AAPL EXCHANGE_BRACKET take-profit leg LIMIT 10@104 40 R 2",
                        "x-m2 MSFT EXCHANGE_BRACKET stop-loss leg STOP 5@190 -50 R -1",
                        "x-a4 AAPL SELLER trailing stop STOP 10@97 -30 R -0.6",
                        "x-m4 MSFT EXCHANGE_BRACKET take-profit leg LIMIT 5@220 100 R 2");
        assertThat(exits.get(2).value("occurred_at")).isEqualTo(HandMadeLedger.T0.plusSeconds(30));
        assertThat(exits.get(2).value("event_id")).isEqualTo("exit:x-a4");
    }

    @Test
    void theLedgersRoundTripsKeyedByTheExecutionThatClosedThem() {
        List<ReadModelRow> trades = of(rowsOf(handMadeDay()), ReadModelTable.CLOSED_TRADES);

        assertThat(trades).extracting(row -> row.key() + " " + row.value("symbol") + " "
                + ((BigDecimal) row.value("entry_qty")).toPlainString() + " @ "
                + ((BigDecimal) row.value("avg_entry_price")).stripTrailingZeros().toPlainString() + " P&L "
                + ((BigDecimal) row.value("realized_pnl")).stripTrailingZeros().toPlainString() + " R "
                + ((BigDecimal) row.value("r_multiple")).stripTrailingZeros().toPlainString())
                .containsExactly(
                        "x-a2 AAPL 10 @ 100 P&L 40 R 2",
                        "x-m2 MSFT 5 @ 200 P&L -50 R -1",
                        "x-a4 AAPL 10 @ 100 P&L -30 R -0.6",
                        "x-m4 MSFT 5 @ 200 P&L 100 R 2");
        assertThat(trades.get(2).value("opened_at")).isEqualTo(HandMadeLedger.T0.plusSeconds(21));
        assertThat(trades.get(2).value("closed_at")).isEqualTo(HandMadeLedger.T0.plusSeconds(30));
    }

    @Test
    void theClosingFillGivesItsFillRowAndTheTradeRow() {
        List<EventEnvelope<?>> events = new ArrayList<>(HandMadeLedger.orders());
        events.addAll(HandMadeLedger.fills().subList(0, 2));
        TradeLedger before = TradeLedger.of(events);
        EventEnvelope<?> close = HandMadeLedger.fills().get(2);

        List<ReadModelRow> rows = ReadModelRows.of(before, close, before.apply(close));

        assertThat(rows).extracting(row -> row.table() + " " + row.key())
                .containsExactly("FILLS x-a2", "CLOSED_TRADES x-a2");
    }

    @Test
    void aRoundTripWithoutAKnownRiskHasNoR() {
        EventEnvelope<OrderFilled> buy = fill("z-1", Side.BUY, "4", "50", "4", 1);
        EventEnvelope<OrderFilled> sell = fill("z-2", Side.SELL, "4", "40", "0", 2);

        List<ReadModelRow> trades = of(rowsOf(List.of(buy, sell)), ReadModelTable.CLOSED_TRADES);

        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).value("realized_pnl")).isEqualTo(new BigDecimal("-40.0000"));
        assertThat(trades.get(0).value("r_multiple")).isNull();
    }

    @Test
    void theSameLogMapsToTheSameRows() {
        assertThat(rowsOf(handMadeDay())).isEqualTo(rowsOf(handMadeDay())).hasSize(18);
    }

    @Test
    void aRowNeedsAValueForEveryColumnAndAKey() {
        assertThatThrownBy(() -> new ReadModelRow(ReadModelTable.CLOSED_TRADES, List.of("x-1", "AAPL")))
                .hasMessageContaining("closed_trades has 8 columns, got 2");
        assertThatThrownBy(() -> new ReadModelRow(ReadModelTable.CLOSED_TRADES,
                Arrays.asList(null, "AAPL", null, null, null, null, null, null)))
                .hasMessageContaining("closing_execution_id");
    }

    private static EventEnvelope<OrderFilled> fill(String executionId, Side side, String qty, String price,
                                                   String positionAfter, int second) {
        return EventEnvelope.withId("fill:" + executionId, new OrderFilled(executionId, "b-" + executionId,
                "c-" + executionId, null, side, OrderType.MARKET, new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(qty), new BigDecimal(qty), false, new BigDecimal(positionAfter),
                HandMadeLedger.T0.plusSeconds(second)), "ZZZ", "test", HandMadeLedger.T0.plusSeconds(second), null,
                null);
    }
}
