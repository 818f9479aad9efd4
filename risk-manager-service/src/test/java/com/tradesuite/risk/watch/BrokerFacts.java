package com.tradesuite.risk.watch;

import static com.tradesuite.domain.Events.dec;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.domain.Events;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.Side;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The log as the account watcher itself writes it: a long AAPL bracket of 10 at 100 (stop 95, target 110) whose
 * broker facts carry their deterministic ids ({@code order:<id>:<status>}, {@code fill:<executionId>}), which the
 * watcher's de-duplication is tested against (trading-domain's {@code Events} give test ids), and the broker's orders.
 */
final class BrokerFacts {

    static final String SYMBOL = Events.AAPL;
    static final Instant T0 = Events.T0;
    static final String ENTRY_COID = "entry-1";
    static final String ENTRY_ID = "E1";
    static final String TP_LEG = "L1";
    static final String STOP_LEG = "L2";
    static final String SIGNAL = "sig-1";

    private BrokerFacts() {
    }

    static EventEnvelope<OrderIntentRecorded> entryIntent() {
        OrderIntentRecorded intent = new OrderIntentRecorded(ENTRY_COID, OrderPurpose.ENTRY, Side.BUY,
                com.tradesuite.schemas.event.OrderType.MARKET, com.tradesuite.schemas.event.OrderClass.BRACKET,
                dec("10"), null, null, dec("110"), dec("95"), "gtc", "entry");
        return EventEnvelope.withId("intent:" + ENTRY_COID, intent, SYMBOL, "buyer-service", T0, SIGNAL, null);
    }

    static EventEnvelope<OrderAccepted> accepted(String id, String coid, String parent, Side side,
                                                        com.tradesuite.schemas.event.OrderType type,
                                                        BigDecimal limit, BigDecimal stop, String status) {
        OrderAccepted accepted = new OrderAccepted(id, coid, parent, side, type,
                com.tradesuite.schemas.event.OrderClass.BRACKET, dec("10"), limit, stop, status);
        return EventEnvelope.withId("order:" + id + ":" + status, accepted, SYMBOL, "risk-manager-service", T0,
                SIGNAL, id);
    }

    static EventEnvelope<OrderFilled> fill(String executionId, String orderId, String coid, String parent,
                                                  Side side, com.tradesuite.schemas.event.OrderType type,
                                                  String price, String positionAfter, Instant at) {
        OrderFilled fill = new OrderFilled(executionId, orderId, coid, parent, side, type, dec("10"), dec(price),
                dec("10"), dec("10"), false, dec(positionAfter), at);
        return EventEnvelope.withId("fill:" + executionId, fill, SYMBOL, "risk-manager-service", at, SIGNAL, orderId);
    }

    /** Intent, entry accepted with its two held legs, entry filled: a protected position of 10 at 100. */
    static List<EventEnvelope<?>> protectedPosition() {
        return List.of(entryIntent(),
                accepted(ENTRY_ID, ENTRY_COID, null, Side.BUY, com.tradesuite.schemas.event.OrderType.MARKET, null,
                        null, "new"),
                accepted(TP_LEG, "tp-1", ENTRY_ID, Side.SELL, com.tradesuite.schemas.event.OrderType.LIMIT,
                        dec("110"), null, "held"),
                accepted(STOP_LEG, "sl-1", ENTRY_ID, Side.SELL, com.tradesuite.schemas.event.OrderType.STOP, null,
                        dec("95"), "held"),
                fill("x-entry", ENTRY_ID, ENTRY_COID, null, Side.BUY, com.tradesuite.schemas.event.OrderType.MARKET,
                        "100", "10", T0));
    }

    /** A broker order as REST or the stream shows it. */
    static Order brokerOrder(String id, String coid, OrderSide side, OrderType type, OrderClass orderClass,
                                    String qty, String filledQty, String avgPrice, String limit, String stop,
                                    OrderStatus status, List<Order> legs, String replacedBy) {
        return new Order(id, coid, T0, T0, T0, null, null, null, null, null, replacedBy, null, "asset", SYMBOL,
                "us_equity", null, dec(qty), dec(filledQty), avgPrice == null ? null : dec(avgPrice), orderClass, type,
                side, TimeInForce.GTC, limit == null ? null : dec(limit), stop == null ? null : dec(stop), status,
                false, legs, null, null, null, null);
    }
}
