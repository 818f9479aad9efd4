package com.tradesuite.monitor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * The hand-made trading day both the report test and the IT use. Four round trips close in this order:
 * <pre>
 *   AAPL  10 @ 100 -> 104  take-profit   +40   risk 2/share  R  2
 *   MSFT   5 @ 200 -> 190  stop-loss     -50   risk 10/share R -1
 *   AAPL  10 @ 100 ->  97  trailing stop -30   risk 5/share  R -0.6
 *   MSFT   5 @ 200 -> 220  take-profit  +100   risk 10/share R  2
 * </pre>
 * Totals: 4 trades, 2 wins, win rate 0.5, profit 140 / loss 80 = PF 1.75, net 60, average R 2.4 / 4 = 0.6.
 * AAPL: PF 40/30 = 1.3333, net 10, avg R 0.7. MSFT: PF 100/50 = 2, net 50, avg R 0.5.
 * Cumulative P&L 40, -10, -40, 60: the deepest fall from the peak 40 is to -40, max drawdown 80.
 * The first AAPL buy and the last exit record are delivered twice (same executionId): each counts once.
 * Still open: NVDA (bracket filled, its stop leg covers all 10 shares: protected) and TSLA (bought, no stop).
 * {@link #tagged} gives the same day under other symbols and ids, to publish it again on the same topics;
 * {@link #daysLater} the same symbols trading the same way on a later day.
 */
public final class HandMadeLedger {

    public static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");

    /** Put in front of every symbol and id, so the same day can be published again next to an earlier copy. */
    private final String tag;
    /** Put in front of every id only (not the symbols): the same symbols trade again another day. */
    private final String idTag;
    /** When the day's first event happens ({@link #T0} unless moved by {@link #daysLater}). */
    private final Instant start;

    private HandMadeLedger(String tag, String idTag, Instant start) {
        this.tag = tag;
        this.idTag = idTag;
        this.start = start;
    }

    /** The day with every symbol and id prefixed by {@code tag} (e.g. "AAPL" becomes tag + "AAPL"). */
    public static HandMadeLedger tagged(String tag) {
        return new HandMadeLedger(tag, tag, T0);
    }

    /** The same day {@code days} days later, same symbols, other ids (so nothing is a duplicate of this one). */
    public HandMadeLedger daysLater(int days) {
        return new HandMadeLedger(tag, idTag + "d" + days + "-", start.plus(Duration.ofDays(days)));
    }

    public static List<EventEnvelope<OrderEvent>> orders() {
        return tagged("").orderEvents();
    }

    public static List<EventEnvelope<FillEvent>> fills() {
        return tagged("").fillEvents();
    }

    public static List<EventEnvelope<ExitSourceEvent>> exits() {
        return tagged("").exitEvents();
    }

    public List<EventEnvelope<OrderEvent>> orderEvents() {
        return List.of(
                entry("AAPL", "a1", "10", "110", "98", 0),
                entry("MSFT", "m1", "5", "230", "190", 0),
                entry("AAPL", "a2", "10", "120", "95", 0),
                entry("MSFT", "m2", "5", "230", "190", 0),
                entry("NVDA", "n1", "10", "150", "130", 0),
                accepted("NVDA", "b-n1", "n1", null, Side.BUY, OrderType.MARKET, "10", null, null, "new"),
                accepted("NVDA", "b-n1-tp", "n1-tp", "b-n1", Side.SELL, OrderType.LIMIT, "10", "150", null, "new"),
                accepted("NVDA", "b-n1-sl", "n1-sl", "b-n1", Side.SELL, OrderType.STOP, "10", null, "130", "held"));
    }

    public List<EventEnvelope<FillEvent>> fillEvents() {
        return List.of(
                buy("AAPL", "x-a1", "a1", "10", "100", 1),
                buy("AAPL", "x-a1", "a1", "10", "100", 1), // duplicate delivery
                sell("AAPL", "x-a2", "a1-tp", OrderType.LIMIT, "10", "104", 10),
                buy("MSFT", "x-m1", "m1", "5", "200", 11),
                sell("MSFT", "x-m2", "m1-sl", OrderType.STOP, "5", "190", 20),
                buy("AAPL", "x-a3", "a2", "10", "100", 21),
                sell("AAPL", "x-a4", "a2-trail", OrderType.STOP, "10", "97", 30),
                buy("MSFT", "x-m3", "m2", "5", "200", 31),
                sell("MSFT", "x-m4", "m2-tp", OrderType.LIMIT, "5", "220", 40),
                buy("NVDA", "x-n1", "n1", "10", "140", 41),
                buy("TSLA", "x-t1", "t1", "3", "50", 42));
    }

    public List<EventEnvelope<ExitSourceEvent>> exitEvents() {
        return List.of(
                exit("AAPL", "x-a2", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT, "104", "10", "40",
                        "2", 10),
                exit("MSFT", "x-m2", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP, "190", "5", "-50",
                        "-1", 20),
                exit("AAPL", "x-a4", ExitLayer.SELLER, "trailing stop", OrderType.STOP, "97", "10", "-30", "-0.6", 30),
                exit("MSFT", "x-m4", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT, "220", "5", "100",
                        "2", 40),
                exit("MSFT", "x-m4", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT, "220", "5", "100",
                        "2", 40)); // duplicate delivery
    }

    private EventEnvelope<OrderEvent> entry(String symbol, String clientOrderId, String qty, String takeProfit,
                                            String stop, int second) {
        return envelope("intent:" + id(clientOrderId), symbol, new OrderIntentRecorded(id(clientOrderId),
                OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET, OrderClass.BRACKET, dec(qty), null, null,
                dec(takeProfit), dec(stop), "day", "test entry"), second);
    }

    private EventEnvelope<OrderEvent> accepted(String symbol, String brokerId, String clientOrderId,
                                               String parentId, Side side, OrderType type, String qty,
                                               String limit, String stop, String status) {
        return envelope("order:" + id(brokerId) + ":" + status, symbol, new OrderAccepted(id(brokerId),
                id(clientOrderId), parentId == null ? null : id(parentId), side, type, OrderClass.BRACKET, dec(qty),
                limit == null ? null : dec(limit), stop == null ? null : dec(stop), status), 1);
    }

    private EventEnvelope<FillEvent> buy(String symbol, String executionId, String clientOrderId, String qty,
                                         String price, int second) {
        return envelope("fill:" + id(executionId), symbol, new OrderFilled(id(executionId), id("b-" + clientOrderId),
                id(clientOrderId), null, Side.BUY, OrderType.MARKET, dec(qty), dec(price), dec(qty), dec(qty), false,
                dec(qty), start.plusSeconds(second)), second);
    }

    private EventEnvelope<FillEvent> sell(String symbol, String executionId, String clientOrderId,
                                          OrderType type, String qty, String price, int second) {
        return envelope("fill:" + id(executionId), symbol, new OrderFilled(id(executionId), id("b-" + clientOrderId),
                id(clientOrderId), null, Side.SELL, type, dec(qty), dec(price), dec(qty), dec(qty), false,
                BigDecimal.ZERO, start.plusSeconds(second)), second);
    }

    private EventEnvelope<ExitSourceEvent> exit(String symbol, String executionId, ExitLayer layer,
                                                 String reason, OrderType type, String price, String qty,
                                                 String pnl, String r, int second) {
        return envelope("exit:" + id(executionId), symbol, new ExitAttributed(id(executionId), id("b-" + executionId),
                id("c-" + executionId), layer, reason, type, dec(price), dec(qty), dec(pnl), dec(r), BigDecimal.ZERO),
                second);
    }

    private <E extends Event> EventEnvelope<E> envelope(String eventId, String symbol, E payload, int second) {
        return EventEnvelope.withId(eventId, payload, tag + symbol, "test", start.plusSeconds(second),
                "corr-" + id(symbol), null);
    }

    private String id(String id) {
        return idTag + id;
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
