package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Two New York trading days as the services write them, in time order, for the daily report's page test. Day 1
 * (Tuesday 2026-12-01), seven round trips:
 * <pre>
 *   AAPL 10 @ 100 stop  98 -> 104  take-profit leg       +40   2R
 *   MSFT  5 @ 200 stop 196 -> 196  stop-loss leg         -20  -1R
 *   AAPL 10 @ 101 stop  99 -> 104  trailing stop         +30   1.5R
 *   AMD  20 @  50 (no stop: a 4 s gap, re-protected) -> 49  re-protection stop  -20  R unknown
 *   META  3 @ 500 adopted (a 2 s gap, re-protected) -> 510  fallback exit  +30  R unknown
 *   NVDA  4 @ 150 stop 145 -> 141  hard stop            -36  -1.8R
 *   TSLA  2 @ 250 stop 240 -> 275  take-profit leg       +50   2.5R
 * </pre>
 * net 74, 4 wins (150), 3 losses (76); three entry declines (COOLDOWN twice, MAX_POSITIONS once, one of them
 * delivered twice). Day 2 (Wednesday): AAPL -30 (-1.5R), MSFT +60 (3R). Symbols and ids carry a tag, so the days can
 * share the broker with other tests' events.
 */
final class DailyLog {

    static final LocalDate DAY_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DAY_2 = LocalDate.of(2026, 12, 2);

    /** One event and its topic. */
    record Published(Topic<?> topic, EventEnvelope<? extends Event> event) {
    }

    private final String tag;
    private final List<Published> events = new ArrayList<>();
    private int sequence;

    private DailyLog(String tag) {
        this.tag = tag;
    }

    static DailyLog tagged(String tag) {
        DailyLog log = new DailyLog(tag);
        log.day1();
        log.day2();
        return log;
    }

    /** The events in time order (stable for events at the same instant). */
    List<Published> events() {
        List<Published> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(published -> published.event().occurredAt()));
        return sorted;
    }

    String symbol(String symbol) {
        return tag + symbol;
    }

    private void day1() {
        bracketTrip("AAPL", "10", "100", "98", "104", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT,
                ny(DAY_1, "09:35"), ny(DAY_1, "09:50"), null);
        bracketTrip("MSFT", "5", "200", "196", "196", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP,
                ny(DAY_1, "09:40"), ny(DAY_1, "10:10"), null);
        bracketTrip("AAPL", "10", "101", "99", "104", ExitLayer.SELLER, "trailing stop", OrderType.STOP,
                ny(DAY_1, "10:15"), ny(DAY_1, "10:45"), null);
        unprotectedTrip();
        adoptedTrip();
        bracketTrip("NVDA", "4", "150", "145", "141", ExitLayer.RISK_HARD_STOP, "hard stop", OrderType.MARKET,
                ny(DAY_1, "13:00"), ny(DAY_1, "13:40"), OrderPurpose.EMERGENCY_EXIT);
        bracketTrip("TSLA", "2", "250", "240", "275", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT,
                ny(DAY_1, "14:00"), ny(DAY_1, "15:00"), null);
        declined("QQQ", "sig-1", "COOLDOWN", ny(DAY_1, "10:20"));
        declined("QQQ", "sig-1", "COOLDOWN", ny(DAY_1, "10:20")); // delivered twice
        declined("SPY", "sig-2", "COOLDOWN", ny(DAY_1, "11:20"));
        declined("SPY", "sig-3", "MAX_POSITIONS", ny(DAY_1, "12:05"));
    }

    private void day2() {
        bracketTrip("AAPL", "10", "100", "98", "97", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP,
                ny(DAY_2, "09:45"), ny(DAY_2, "10:05"), null);
        bracketTrip("MSFT", "5", "200", "196", "212", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", OrderType.LIMIT,
                ny(DAY_2, "10:30"), ny(DAY_2, "11:30"), null);
    }

    /** A bracket entry (legs live with the entry), closed by {@code layer}; an exit intent first if one is named. */
    private void bracketTrip(String symbol, String qty, String entry, String stop, String exit, ExitLayer layer,
                             String reason, OrderType exitType, Instant open, Instant close, OrderPurpose exitPurpose) {
        String id = symbol + "-" + (++sequence);
        String broker = "b-" + id;
        orders(symbol, new OrderIntentRecorded(id(id), OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                OrderClass.BRACKET, dec(qty), null, null, dec(exit).max(dec(entry)).add(BigDecimal.TEN), dec(stop),
                "gtc", "momentum entry"), open);
        orders(symbol, accepted(broker, id, null, Side.BUY, OrderType.MARKET, OrderClass.BRACKET, qty, null, null,
                "new"), open);
        orders(symbol, accepted(broker + "-tp", id + "-tp", broker, Side.SELL, OrderType.LIMIT, OrderClass.BRACKET,
                qty, "999", null, "new"), open);
        orders(symbol, accepted(broker + "-sl", id + "-sl", broker, Side.SELL, OrderType.STOP, OrderClass.BRACKET,
                qty, null, stop, "held"), open);
        fill(symbol, "x-" + id, broker, id, Side.BUY, OrderType.MARKET, qty, entry, qty, open.plusSeconds(1));
        if (exitPurpose != null) {
            orders(symbol, new OrderIntentRecorded(id(id + "-x"), exitPurpose, Side.SELL, OrderType.MARKET,
                    OrderClass.SIMPLE, dec(qty), null, null, null, null, "day", reason), close.minusSeconds(1));
        }
        closeTrip(symbol, id, qty, entry, dec(entry).subtract(dec(stop)), exit, layer, reason, exitType, close);
    }

    /** AMD bought without a stop (a plain order): 4 s later the risk manager's OCO covers it. */
    private void unprotectedTrip() {
        String symbol = "AMD";
        Instant open = ny(DAY_1, "11:00");
        orders(symbol, new OrderIntentRecorded(id("amd-1"), OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                OrderClass.SIMPLE, dec("20"), null, null, null, null, "day", "momentum entry"), open);
        fill(symbol, "x-amd-1", "b-amd-1", "amd-1", Side.BUY, OrderType.MARKET, "20", "50", "20", open);
        reprotect(symbol, "amd-oco", "20", "60", "48", open.plusSeconds(3), open.plusSeconds(4));
        closeTrip(symbol, "amd-oco", "20", "50", null, "49", ExitLayer.RISK_SOFT_STOP, "re-protection stop",
                OrderType.STOP, ny(DAY_1, "11:30"));
    }

    /** META held at the broker, adopted, covered by an OCO 2 s later, closed by the fallback exit. */
    private void adoptedTrip() {
        String symbol = "META";
        Instant found = ny(DAY_1, "12:00");
        publish(TopicCatalog.FILLS, symbol, "reconcile:" + id("meta"), new PositionAdopted(id("reconcile-meta"),
                dec("3"), dec("500"), "the broker holds 3 shares the log never saw", found), found);
        reprotect(symbol, "meta-oco", "3", "600", "480", found.plusSeconds(1), found.plusSeconds(2));
        Instant close = ny(DAY_1, "12:20");
        orders(symbol, new OrderIntentRecorded(id("meta-fb"), OrderPurpose.FALLBACK_EXIT, Side.SELL,
                OrderType.MARKET, OrderClass.SIMPLE, dec("3"), null, null, null, null, "day", "price through the stop"),
                close.minusSeconds(1));
        closeTrip(symbol, "meta-fb", "3", "500", null, "510", ExitLayer.RISK_SOFT_STOP, "fallback exit",
                OrderType.MARKET, close);
    }

    private void reprotect(String symbol, String id, String qty, String takeProfit, String stop, Instant intentAt,
                           Instant acceptedAt) {
        orders(symbol, new OrderIntentRecorded(id(id), OrderPurpose.REPROTECT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, dec(qty), dec(takeProfit), null, dec(takeProfit), dec(stop), "gtc",
                "no live stop covers the position"), intentAt);
        orders(symbol, accepted("b-" + id, id, null, Side.SELL, OrderType.LIMIT, OrderClass.OCO, qty, takeProfit,
                null, "new"), acceptedAt);
        orders(symbol, accepted("b-" + id + "-sl", id + "-sl", "b-" + id, Side.SELL, OrderType.STOP, OrderClass.OCO,
                qty, null, stop, "held"), acceptedAt);
    }

    private void closeTrip(String symbol, String id, String qty, String entry, BigDecimal risk, String exit,
                           ExitLayer layer, String reason, OrderType type, Instant close) {
        BigDecimal pnl = dec(exit).subtract(dec(entry)).multiply(dec(qty));
        fill(symbol, "y-" + id, "b-" + id + "-exit", id + "-exit", Side.SELL, type, qty, exit, "0", close);
        BigDecimal r = risk == null ? null : dec(exit).subtract(dec(entry)).divide(risk, 4, RoundingMode.HALF_EVEN);
        publish(TopicCatalog.EXIT_SOURCE, symbol, "exit:" + id("y-" + id), new ExitAttributed(id("y-" + id),
                id("b-" + id + "-exit"), id(id + "-exit"), layer, reason, type, dec(exit), dec(qty), pnl, r,
                BigDecimal.ZERO), close);
    }

    private void declined(String symbol, String signalId, String check, Instant at) {
        orders(symbol, new EntryDeclined(id(signalId), check, check + " declined the entry"), at);
    }

    private void fill(String symbol, String executionId, String brokerId, String clientOrderId, Side side,
                      OrderType type, String qty, String price, String positionAfter, Instant at) {
        publish(TopicCatalog.FILLS, symbol, "fill:" + id(executionId), new OrderFilled(id(executionId), id(brokerId),
                id(clientOrderId), null, side, type, dec(qty), dec(price), dec(qty), dec(qty), false,
                dec(positionAfter), at), at);
    }

    private OrderAccepted accepted(String brokerId, String clientOrderId, String parentId, Side side, OrderType type,
                                   OrderClass orderClass, String qty, String limit, String stop, String status) {
        return new OrderAccepted(id(brokerId), id(clientOrderId), parentId == null ? null : id(parentId), side, type,
                orderClass, dec(qty), limit == null ? null : dec(limit), stop == null ? null : dec(stop), status);
    }

    private void orders(String symbol, Event payload, Instant at) {
        publish(TopicCatalog.ORDERS, symbol, "evt:" + id(symbol) + ":" + events.size(), payload, at);
    }

    private void publish(Topic<?> topic, String symbol, String eventId, Event payload, Instant at) {
        events.add(new Published(topic, EventEnvelope.withId(eventId, payload, symbol(symbol), "daily-log", at,
                "corr-" + symbol(symbol), null)));
    }

    private String id(String id) {
        return tag + id;
    }

    static Instant ny(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TradingDay.NEW_YORK).toInstant();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
