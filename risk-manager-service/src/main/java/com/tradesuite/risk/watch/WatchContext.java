package com.tradesuite.risk.watch;

import com.tradesuite.broker.model.Order;
import com.tradesuite.schemas.event.OrderClass;

import java.math.BigDecimal;
import java.util.Optional;

/** What the translator may ask about the log and the broker while turning a trade update into events. */
public interface WatchContext {

    /** The broker id of the order's parent when the log knows the order as a leg. */
    Optional<String> loggedParentOf(String brokerOrderId);

    /** The order class the log holds for a broker order (used for a leg's parent). */
    Optional<OrderClass> loggedOrderClass(String brokerOrderId);

    Optional<String> correlationFor(String clientOrderId, String brokerOrderId, String parentOrderId);

    /** True when the log holds the order in a final state (filled, canceled, expired, replaced, rejected). */
    boolean isTerminal(String brokerOrderId);

    /** The order's filled quantity as the log knows it. */
    BigDecimal loggedCumulativeQty(String brokerOrderId);

    /** The position quantity the log holds for the symbol. */
    BigDecimal loggedPositionQty(String symbol);

    /** The client order id a pending replace will give the new order, if the log holds the request. */
    Optional<String> pendingReplacementClientOrderId(String brokerOrderId);

    /** The broker's current view of an order (REST), empty when it cannot be had. */
    Optional<Order> brokerOrder(String brokerOrderId);
}
