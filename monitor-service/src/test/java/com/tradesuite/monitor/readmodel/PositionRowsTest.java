package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** The pure rows of positions, trades and daily_summary over the hand-made day and a partial exit; no database. */
class PositionRowsTest {

    private static final Instant T0 = HandMadeLedger.T0;

    /** Folds the events as the monitor does; the newest row of each table and key, as "column=value" text. */
    private static Map<String, String> finalRows(List<? extends EventEnvelope<?>> events) {
        Map<String, String> rows = new LinkedHashMap<>();
        TradeLedger ledger = TradeLedger.empty();
        PositionRows state = PositionRows.empty();
        for (EventEnvelope<?> event : events) {
            TradeLedger after = ledger.apply(event);
            PositionRows.Step step = state.apply(ledger, event, after);
            step.rows().forEach(row -> rows.put(row.table().sqlName() + " " + row.key(), text(row)));
            state = step.next();
            ledger = after;
        }
        return rows;
    }

    private static String text(ReadModelRow row) {
        StringJoiner text = new StringJoiner(" ");
        for (String column : row.table().columns()) {
            Object value = row.value(column);
            text.add(column + "=" + (value instanceof BigDecimal number
                    ? number.stripTrailingZeros().toPlainString() : String.valueOf(value)));
        }
        return text.toString();
    }

    private static List<String> of(Map<String, String> rows, ReadModelTable table) {
        return rows.entrySet().stream().filter(entry -> entry.getKey().startsWith(table.sqlName() + " "))
                .map(Map.Entry::getValue).sorted().toList();
    }

    /** Each exit record right after its fill, as the risk manager appends them. */
    private static List<EventEnvelope<?>> interleaved() {
        List<EventEnvelope<?>> events = new ArrayList<>(HandMadeLedger.orders());
        List<? extends EventEnvelope<?>> exits = HandMadeLedger.exits();
        for (EventEnvelope<?> fill : HandMadeLedger.fills()) {
            events.add(fill);
            exits.stream().filter(exit -> ((ExitAttributed) exit.payload()).executionId()
                    .equals(((OrderFilled) fill.payload()).executionId())).forEach(events::add);
        }
        return events;
    }

    /** Topic by topic: every exit record after every fill, so a symbol reopened before its last exit's record. */
    private static List<EventEnvelope<?>> topicByTopic() {
        List<EventEnvelope<?>> events = new ArrayList<>(HandMadeLedger.orders());
        events.addAll(HandMadeLedger.fills());
        events.addAll(HandMadeLedger.exits());
        return events;
    }

    @Test
    void givenTheHandMadeDay_whenFolded_thenOnePositionPerRoundTripWithItsCloseReasonAndTheOpenOnes() {
        assertThat(of(finalRows(topicByTopic()), ReadModelTable.POSITIONS)).containsExactly(
                "position_id=fill:x-a1 symbol=AAPL status=CLOSED opened_at=2026-11-20T14:31:01Z "
                        + "closed_at=2026-11-20T14:31:10Z qty=10 open_qty=0 avg_entry_price=100 avg_exit_price=104 "
                        + "realized_pnl=40 r_multiple=2 close_reason=TAKE_PROFIT_HIT closing_execution_id=x-a2",
                "position_id=fill:x-a3 symbol=AAPL status=CLOSED opened_at=2026-11-20T14:31:21Z "
                        + "closed_at=2026-11-20T14:31:30Z qty=10 open_qty=0 avg_entry_price=100 avg_exit_price=97 "
                        + "realized_pnl=-30 r_multiple=-0.6 close_reason=TRAILING_STOP closing_execution_id=x-a4",
                "position_id=fill:x-m1 symbol=MSFT status=CLOSED opened_at=2026-11-20T14:31:11Z "
                        + "closed_at=2026-11-20T14:31:20Z qty=5 open_qty=0 avg_entry_price=200 avg_exit_price=190 "
                        + "realized_pnl=-50 r_multiple=-1 close_reason=STOP_LOSS_HIT closing_execution_id=x-m2",
                "position_id=fill:x-m3 symbol=MSFT status=CLOSED opened_at=2026-11-20T14:31:31Z "
                        + "closed_at=2026-11-20T14:31:40Z qty=5 open_qty=0 avg_entry_price=200 avg_exit_price=220 "
                        + "realized_pnl=100 r_multiple=2 close_reason=TAKE_PROFIT_HIT closing_execution_id=x-m4",
                "position_id=fill:x-n1 symbol=NVDA status=OPEN opened_at=2026-11-20T14:31:41Z closed_at=null qty=10 "
                        + "open_qty=10 avg_entry_price=140 avg_exit_price=null realized_pnl=0 r_multiple=null "
                        + "close_reason=null closing_execution_id=null",
                "position_id=fill:x-t1 symbol=TSLA status=OPEN opened_at=2026-11-20T14:31:42Z closed_at=null qty=3 "
                        + "open_qty=3 avg_entry_price=50 avg_exit_price=null realized_pnl=0 r_multiple=null "
                        + "close_reason=null closing_execution_id=null");
    }

    @Test
    void givenTheHandMadeDay_whenFolded_thenOneTradePerExitAndTheDaysSummary() {
        Map<String, String> rows = finalRows(topicByTopic());

        assertThat(of(rows, ReadModelTable.TRADES)).hasSize(4).first().isEqualTo(
                "execution_id=x-a2 position_id=fill:x-a1 symbol=AAPL trading_day=2026-11-20 "
                        + "opened_at=2026-11-20T14:31:01Z exited_at=2026-11-20T14:31:10Z qty=10 avg_entry_price=100 "
                        + "exit_price=104 realized_pnl=40 r_multiple=2 close_reason=TAKE_PROFIT_HIT "
                        + "layer=EXCHANGE_BRACKET reason=take-profit leg closes_position=true position_qty_after=0");
        // The report's totals of HandMadeLedger: 4 trades, PF 1.75, net 60, average R 0.6, max drawdown 80.
        assertThat(of(rows, ReadModelTable.DAILY_SUMMARY)).containsExactly(
                "trading_day=2026-11-20 trades=4 wins=2 losses=2 win_rate=0.5 gross_profit=140 gross_loss=80 "
                        + "profit_factor=1.75 net_pnl=60 average_r=0.6 max_drawdown=80 "
                        + "first_close_at=2026-11-20T14:31:10Z last_close_at=2026-11-20T14:31:40Z");
    }

    @Test
    void givenExitRecordsRightAfterTheirFillsOrAfterEverything_whenFolded_thenTheSameRows() {
        assertThat(finalRows(interleaved())).isEqualTo(finalRows(topicByTopic())).hasSize(6 + 4 + 1);
    }

    @Test
    void givenAPartialProfitThenATrailingStop_whenFolded_thenTwoTradesAndTheFinalExitsReason() {
        List<EventEnvelope<?>> events = List.of(
                fill("p-1", Side.BUY, "10", "100", "10", 0),
                fill("p-2", Side.SELL, "4", "110", "6", 60),
                exit("p-2", ExitLayer.SELLER, "partial profit", "4", "110", "40", "6", 60),
                fill("p-3", Side.SELL, "6", "104", "0", 120),
                exit("p-3", ExitLayer.SELLER, "trailing stop", "6", "104", "24", "0", 120));

        Map<String, String> rows = finalRows(events);

        assertThat(of(rows, ReadModelTable.TRADES)).containsExactly(
                "execution_id=p-2 position_id=fill:p-1 symbol=AMD trading_day=2026-11-20 "
                        + "opened_at=2026-11-20T14:31:00Z exited_at=2026-11-20T14:32:00Z qty=4 avg_entry_price=100 "
                        + "exit_price=110 realized_pnl=40 r_multiple=null close_reason=PARTIAL_PROFIT layer=SELLER "
                        + "reason=partial profit closes_position=false position_qty_after=6",
                "execution_id=p-3 position_id=fill:p-1 symbol=AMD trading_day=2026-11-20 "
                        + "opened_at=2026-11-20T14:31:00Z exited_at=2026-11-20T14:33:00Z qty=6 avg_entry_price=100 "
                        + "exit_price=104 realized_pnl=24 r_multiple=null close_reason=TRAILING_STOP layer=SELLER "
                        + "reason=trailing stop closes_position=true position_qty_after=0");
        // (4 x 110 + 6 x 104) / 10
        assertThat(of(rows, ReadModelTable.POSITIONS)).containsExactly(
                "position_id=fill:p-1 symbol=AMD status=CLOSED opened_at=2026-11-20T14:31:00Z "
                        + "closed_at=2026-11-20T14:33:00Z qty=10 open_qty=0 avg_entry_price=100 "
                        + "avg_exit_price=106.4 realized_pnl=64 r_multiple=null close_reason=TRAILING_STOP "
                        + "closing_execution_id=p-3");
    }

    @Test
    void givenAPartialExit_whenFolded_thenThePositionStaysOpenWithoutACloseReason() {
        Map<String, String> rows = finalRows(List.of(
                fill("p-1", Side.BUY, "10", "100", "10", 0),
                fill("p-2", Side.SELL, "4", "110", "6", 60),
                exit("p-2", ExitLayer.SELLER, "partial profit", "4", "110", "40", "6", 60)));

        assertThat(of(rows, ReadModelTable.POSITIONS)).singleElement().asString()
                .contains("status=OPEN", "open_qty=6", "avg_exit_price=110", "realized_pnl=40", "close_reason=null");
        assertThat(of(rows, ReadModelTable.DAILY_SUMMARY)).isEmpty();
    }

    @Test
    void givenADuplicateFillAndExitRecord_whenFolded_thenNoRowChanges() {
        EventEnvelope<?> buy = fill("p-1", Side.BUY, "10", "100", "10", 0);
        EventEnvelope<?> sell = fill("p-2", Side.SELL, "10", "90", "0", 60);
        EventEnvelope<?> exit = exit("p-2", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", "10", "90", "-100", "0", 60);
        TradeLedger ledger = TradeLedger.of(List.of(buy, sell, exit));
        PositionRows state = PositionRows.empty();
        TradeLedger before = TradeLedger.empty();
        for (EventEnvelope<?> event : List.of(buy, sell, exit)) {
            TradeLedger after = before.apply(event);
            state = state.apply(before, event, after).next();
            before = after;
        }

        assertThat(state.apply(ledger, sell, ledger.apply(sell)).rows()).isEmpty();
        assertThat(state.apply(ledger, exit, ledger.apply(exit)).rows()).isEmpty();
    }

    private static EventEnvelope<?> fill(String executionId, Side side, String qty, String price, String after,
                                         int second) {
        return envelope("fill:" + executionId, new OrderFilled(executionId, "b-" + executionId, "c-" + executionId,
                null, side, OrderType.MARKET, new BigDecimal(qty), new BigDecimal(price), new BigDecimal(qty),
                new BigDecimal(qty), false, new BigDecimal(after), T0.plusSeconds(second)), second);
    }

    private static EventEnvelope<?> exit(String executionId, ExitLayer layer, String reason, String qty, String price,
                                         String pnl, String after, int second) {
        return envelope("exit:" + executionId, new ExitAttributed(executionId, "b-" + executionId, "c-" + executionId,
                layer, reason, OrderType.MARKET, new BigDecimal(price), new BigDecimal(qty), new BigDecimal(pnl),
                null, new BigDecimal(after)), second);
    }

    private static <E extends Event> EventEnvelope<E> envelope(String eventId, E payload, int second) {
        return EventEnvelope.withId(eventId, payload, "AMD", "test", T0.plusSeconds(second), "corr-AMD", null);
    }
}
