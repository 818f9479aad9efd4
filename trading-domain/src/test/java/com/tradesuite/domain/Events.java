package com.tradesuite.domain;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.Side;

/** Builders for the envelopes the tests are given: short names, realistic payloads, explicit times. */
public final class Events {

    public static final String AAPL = "AAPL";
    public static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");

    private static int sequence;

    private Events() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static Instant at(int secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    public static <E extends Event> EventEnvelope<E> env(String symbol, E payload, Instant at) {
        return EventEnvelope.withId("evt-" + (++sequence), payload, symbol, "test", at, "corr-" + symbol, null);
    }

    public static <E extends Event> EventEnvelope<E> env(String symbol, E payload, Instant at, String correlationId) {
        return EventEnvelope.withId("evt-" + (++sequence), payload, symbol, "test", at, correlationId, null);
    }

    /** A market bracket entry intent. */
    public static EventEnvelope<OrderIntentRecorded> entryIntent(String symbol, String clientOrderId, String qty,
                                                                 String takeProfit, String stopLoss, Instant at) {
        return env(symbol, new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                OrderClass.BRACKET, dec(qty), null, null, dec(takeProfit), dec(stopLoss), "day", "test entry"), at);
    }

    public static EventEnvelope<OrderIntentRecorded> exitIntent(String symbol, String clientOrderId,
                                                                OrderPurpose purpose, OrderType type, String qty,
                                                                String stop, Instant at) {
        return env(symbol, new OrderIntentRecorded(clientOrderId, purpose, Side.SELL, type, OrderClass.SIMPLE,
                dec(qty), null, stop == null ? null : dec(stop), null, null, "day", "test exit"), at);
    }

    public static EventEnvelope<OrderIntentRecorded> ocoIntent(String symbol, String clientOrderId, String qty,
                                                               String takeProfit, String stop, Instant at) {
        return env(symbol, new OrderIntentRecorded(clientOrderId, OrderPurpose.REPROTECT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, dec(qty), dec(takeProfit), null, dec(takeProfit), dec(stop), "gtc", "re-protect"), at);
    }

    public static EventEnvelope<OrderAccepted> accepted(String symbol, String brokerId, String clientOrderId,
                                                        String parentId, Side side, OrderType type,
                                                        OrderClass orderClass, String qty, String limit, String stop,
                                                        String status, Instant at) {
        return env(symbol, new OrderAccepted(brokerId, clientOrderId, parentId, side, type, orderClass, dec(qty),
                limit == null ? null : dec(limit), stop == null ? null : dec(stop), status), at);
    }

    /** The entry of a bracket accepted by the broker. */
    public static EventEnvelope<OrderAccepted> entryAccepted(String symbol, String brokerId, String clientOrderId,
                                                             String qty, Instant at) {
        return accepted(symbol, brokerId, clientOrderId, null, Side.BUY, OrderType.MARKET, OrderClass.BRACKET, qty,
                null, null, "new", at);
    }

    public static EventEnvelope<OrderAccepted> takeProfitLeg(String symbol, String brokerId, String clientOrderId,
                                                             String parentId, String qty, String limit, Instant at) {
        return accepted(symbol, brokerId, clientOrderId, parentId, Side.SELL, OrderType.LIMIT, OrderClass.BRACKET,
                qty, limit, null, "new", at);
    }

    public static EventEnvelope<OrderAccepted> stopLossLeg(String symbol, String brokerId, String clientOrderId,
                                                           String parentId, String qty, String stop, Instant at) {
        return accepted(symbol, brokerId, clientOrderId, parentId, Side.SELL, OrderType.STOP, OrderClass.BRACKET,
                qty, null, stop, "held", at);
    }

    public static EventEnvelope<OrderFilled> fill(String symbol, String executionId, String brokerId,
                                                  String clientOrderId, String parentId, Side side, OrderType type,
                                                  String qty, String price, String cumulativeQty, String orderQty,
                                                  String positionAfter, Instant at) {
        boolean partial = dec(cumulativeQty).compareTo(dec(orderQty)) < 0;
        return env(symbol, new OrderFilled(executionId, brokerId, clientOrderId, parentId, side, type, dec(qty),
                dec(price), dec(cumulativeQty), dec(orderQty), partial, dec(positionAfter), at), at);
    }

    /** A complete single-execution buy. */
    public static EventEnvelope<OrderFilled> buy(String symbol, String executionId, String brokerId,
                                                 String clientOrderId, String qty, String price, Instant at) {
        return fill(symbol, executionId, brokerId, clientOrderId, null, Side.BUY, OrderType.MARKET, qty, price, qty,
                qty, qty, at);
    }

    /** A complete single-execution sell. */
    public static EventEnvelope<OrderFilled> sell(String symbol, String executionId, String brokerId,
                                                  String clientOrderId, String parentId, OrderType type, String qty,
                                                  String price, String positionAfter, Instant at) {
        return fill(symbol, executionId, brokerId, clientOrderId, parentId, Side.SELL, type, qty, price, qty, qty,
                positionAfter, at);
    }

    /** The broker holds a position the log never saw. */
    public static EventEnvelope<PositionAdopted> adopted(String symbol, String qty, String avgEntryPrice, Instant at) {
        return env(symbol, new PositionAdopted("reconcile:" + symbol + ":" + at, dec(qty), dec(avgEntryPrice),
                "the broker holds " + qty + " shares the log never saw", at), at);
    }

    /** The broker's position differs from the log's. */
    public static EventEnvelope<PositionReconciled> reconciled(String symbol, String logQty, String brokerQty,
                                                               String brokerAvg, String exitPrice, Instant at) {
        return env(symbol, new PositionReconciled("reconcile:" + symbol + ":" + at, dec(logQty), dec(brokerQty),
                brokerAvg == null ? null : dec(brokerAvg), dec(exitPrice), "the broker holds " + brokerQty
                + " shares, the log " + logQty, at), at);
    }

    public static EventEnvelope<OrderRejected> rejected(String symbol, String clientOrderId, String reason, Instant at) {
        return env(symbol, new OrderRejected(clientOrderId, reason, 40310000), at);
    }

    public static EventEnvelope<OrderCanceled> canceled(String symbol, String brokerId, String clientOrderId,
                                                        Instant at) {
        return env(symbol, new OrderCanceled(brokerId, clientOrderId, "test"), at);
    }

    public static EventEnvelope<OrderCancelRequested> cancelRequested(String symbol, String brokerId,
                                                                      OrderPurpose purpose, Instant at) {
        return env(symbol, new OrderCancelRequested(brokerId, purpose, "test"), at);
    }

    public static EventEnvelope<OrderReplaceRequested> replaceRequested(String symbol, String brokerId,
                                                                        String newClientOrderId, String newStop,
                                                                        Instant at) {
        return env(symbol, new OrderReplaceRequested(brokerId, newClientOrderId, OrderPurpose.TRAILING_STOP, null,
                null, dec(newStop), "trail"), at);
    }

    public static EventEnvelope<OrderReplaced> replaced(String symbol, String brokerId, String clientOrderId,
                                                        String newBrokerId, String newClientOrderId, String newStop,
                                                        Instant at) {
        return env(symbol, new OrderReplaced(brokerId, clientOrderId, newBrokerId, newClientOrderId, null, null,
                dec(newStop)), at);
    }

    public static EventEnvelope<CooldownStarted> cooldownStarted(String symbol, Instant until, Instant at) {
        return env(symbol, new CooldownStarted(until, "losing exit"), at);
    }

    public static EventEnvelope<CooldownCleared> cooldownCleared(String symbol, Instant at) {
        return env(symbol, new CooldownCleared("manual"), at);
    }

    public static BarClosed bar(Instant start, String open, String high, String low, String close) {
        return new BarClosed("1Min", start, dec(open), dec(high), dec(low), dec(close), 1000);
    }
}
