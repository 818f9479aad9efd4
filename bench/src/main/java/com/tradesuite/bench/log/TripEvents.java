package com.tradesuite.bench.log;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * The envelopes of one round trip, with the event ids, sources and topics the real writers use
 * (docs/SERVICES.md, "Who writes what"); one correlation id (the signal id) for the whole trip.
 */
final class TripEvents {

    private static final String BUYER = "buyer-service";
    private static final String SELLER = "seller-service";
    private static final String RISK = "risk-manager-service";

    private final String symbol;
    private final String correlationId;

    TripEvents(String symbol, String correlationId) {
        this.symbol = symbol;
        this.correlationId = correlationId;
    }

    LogEvent entryIntent(String clientOrderId, BigDecimal qty, BigDecimal takeProfit, BigDecimal stopLoss,
                         Instant at) {
        return orders("intent:" + clientOrderId, BUYER, at, new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY,
                Side.BUY, OrderType.MARKET, OrderClass.BRACKET, qty, null, null, takeProfit, stopLoss, "gtc",
                "momentum entry"));
    }

    LogEvent entryAccepted(String brokerId, String clientOrderId, BigDecimal qty, Instant at) {
        return orders("order:" + brokerId + ":new", RISK, at, new OrderAccepted(brokerId, clientOrderId, null,
                Side.BUY, OrderType.MARKET, OrderClass.BRACKET, qty, null, null, "new"));
    }

    LogEvent stopLegAccepted(String brokerId, String clientOrderId, String parentId, BigDecimal qty, BigDecimal stop,
                             Instant at) {
        return orders("order:" + brokerId + ":held", RISK, at, new OrderAccepted(brokerId, clientOrderId, parentId,
                Side.SELL, OrderType.STOP, OrderClass.BRACKET, qty, null, stop, "held"));
    }

    LogEvent takeProfitLegAccepted(String brokerId, String clientOrderId, String parentId, BigDecimal qty,
                                   BigDecimal limit, Instant at) {
        return orders("order:" + brokerId + ":held", RISK, at, new OrderAccepted(brokerId, clientOrderId, parentId,
                Side.SELL, OrderType.LIMIT, OrderClass.BRACKET, qty, limit, null, "held"));
    }

    LogEvent fill(String executionId, String brokerId, String clientOrderId, String parentId, Side side,
                  OrderType type, BigDecimal qty, BigDecimal price, BigDecimal positionAfter, Instant at) {
        return event(TopicCatalog.FILLS, "fill:" + executionId, RISK, at, new OrderFilled(executionId, brokerId,
                clientOrderId, parentId, side, type, qty, price, qty, qty, false, positionAfter, at));
    }

    LogEvent replaceRequested(String brokerId, String newClientOrderId, BigDecimal newStop, Instant at) {
        return orders("replace:" + newClientOrderId, SELLER, at, new OrderReplaceRequested(brokerId, newClientOrderId,
                OrderPurpose.TRAILING_STOP, null, null, newStop, "trailing stop raised to " + newStop.toPlainString()));
    }

    LogEvent replaced(String brokerId, String clientOrderId, String newBrokerId, String newClientOrderId,
                      BigDecimal newStop, Instant at) {
        return orders("order:" + brokerId + ":replaced", RISK, at, new OrderReplaced(brokerId, clientOrderId,
                newBrokerId, newClientOrderId, null, null, newStop));
    }

    LogEvent canceled(String brokerId, String clientOrderId, Instant at) {
        return orders("order:" + brokerId + ":canceled", RISK, at, new OrderCanceled(brokerId, clientOrderId,
                "sibling leg filled"));
    }

    LogEvent exitAttributed(String executionId, String brokerId, String clientOrderId, ExitLayer layer, String reason,
                            OrderType type, BigDecimal price, BigDecimal qty, BigDecimal pnl, BigDecimal rMultiple,
                            Instant at) {
        return event(TopicCatalog.EXIT_SOURCE, "exit:" + executionId, RISK, at, new ExitAttributed(executionId,
                brokerId, clientOrderId, layer, reason, type, price, qty, pnl, rMultiple, BigDecimal.ZERO));
    }

    LogEvent cooldown(String executionId, Instant until, BigDecimal pnl, Instant at) {
        return event(TopicCatalog.COOLDOWNS, "cooldown:" + executionId, SELLER, at, new CooldownStarted(until,
                "losing exit: realised " + pnl.stripTrailingZeros().toPlainString()));
    }

    private LogEvent orders(String eventId, String source, Instant at, Event payload) {
        return event(TopicCatalog.ORDERS, eventId, source, at, payload);
    }

    private LogEvent event(Topic<?> topic, String eventId, String source, Instant at, Event payload) {
        return new LogEvent(topic, EventEnvelope.withId(eventId, payload, symbol, source, at, correlationId, null));
    }
}
