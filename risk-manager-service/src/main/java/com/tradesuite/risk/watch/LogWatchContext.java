package com.tradesuite.risk.watch;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.OrderClass;

import java.math.BigDecimal;
import java.util.Optional;

import org.jboss.logging.Logger;

/** Answers the translator from the folded log, and asks the broker's REST API only for a replacement order. */
public final class LogWatchContext implements WatchContext {

    private static final Logger LOG = Logger.getLogger(LogWatchContext.class);

    private final RiskState state;
    private final TradingClient trading;

    public LogWatchContext(RiskState state, TradingClient trading) {
        this.state = state;
        this.trading = trading;
    }

    @Override
    public Optional<String> loggedParentOf(String brokerOrderId) {
        return state.orderByBrokerId(brokerOrderId).map(TrackedOrder::parentOrderId);
    }

    @Override
    public Optional<OrderClass> loggedOrderClass(String brokerOrderId) {
        return state.orderByBrokerId(brokerOrderId).map(TrackedOrder::orderClass);
    }

    @Override
    public Optional<String> correlationFor(String clientOrderId, String brokerOrderId, String parentOrderId) {
        Optional<String> direct = state.correlations().lookup(clientOrderId, brokerOrderId, parentOrderId);
        if (direct.isPresent() || parentOrderId == null) {
            return direct;
        }
        // A leg: its parent's intent carries the correlation id.
        return state.orderByBrokerId(parentOrderId)
                .flatMap(parent -> state.correlations().lookup(parent.clientOrderId(), parentOrderId, null));
    }

    @Override
    public boolean isTerminal(String brokerOrderId) {
        return state.orderByBrokerId(brokerOrderId).map(order -> order.status().isTerminal()).orElse(false);
    }

    @Override
    public BigDecimal loggedCumulativeQty(String brokerOrderId) {
        return state.fills().cumulativeQty(brokerOrderId);
    }

    @Override
    public BigDecimal loggedPositionQty(String symbol) {
        return state.position(symbol).qty();
    }

    @Override
    public Optional<String> pendingReplacementClientOrderId(String brokerOrderId) {
        return state.orderByBrokerId(brokerOrderId).map(TrackedOrder::replacementClientOrderId);
    }

    @Override
    public Optional<Order> brokerOrder(String brokerOrderId) {
        try {
            return Optional.of(trading.getOrder(brokerOrderId));
        } catch (BrokerException e) {
            LOG.warnf("could not read order %s from the broker: %s", brokerOrderId, e.getMessage());
            return Optional.empty();
        }
    }
}
