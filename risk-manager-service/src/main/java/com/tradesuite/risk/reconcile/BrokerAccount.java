package com.tradesuite.risk.reconcile;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.Position;

import java.time.Instant;
import java.util.List;

/** The broker's side of a reconciliation: its positions, its open orders (legs nested) and its clock. */
public interface BrokerAccount {

    List<Position> positions();

    List<Order> openOrders();

    /** The broker's time, so reconciliation facts carry the same clock as every other broker fact. */
    Instant now();
}
