package com.tradesuite.domain.order;

import java.time.Instant;
import java.util.Optional;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;

import com.tradesuite.domain.memory.BoundedList;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * One symbol's orders: the open ones indexed by client and broker id, a bounded memory of the most recently
 * finished ones (so a late or duplicate broker event is recognised), and the times of this position's intents.
 *
 * @param open open orders (intent recorded or live) by client order id
 * @param openByBrokerId client order id of each open order the broker accepted, by broker order id
 * @param finished the most recently finished orders, oldest first, at most {@link OrderBook#FINISHED_REMEMBERED}
 * @param intentTimes when each root intent was recorded, by purpose, since the symbol's latest entry intent
 */
record SymbolOrderBook(PMap<String, TrackedOrder> open, PMap<String, String> openByBrokerId,
                       BoundedList<TrackedOrder> finished, PMap<OrderPurpose, PVector<Instant>> intentTimes) {

    static final SymbolOrderBook EMPTY = new SymbolOrderBook(HashTreePMap.empty(), HashTreePMap.empty(),
            BoundedList.empty(OrderBook.FINISHED_REMEMBERED), HashTreePMap.empty());

    Optional<TrackedOrder> byClientOrderId(String clientOrderId) {
        TrackedOrder live = open.get(clientOrderId);
        if (live != null) {
            return Optional.of(live);
        }
        for (int i = finished.size() - 1; i >= 0; i--) {
            if (finished.get(i).clientOrderId().equals(clientOrderId)) {
                return Optional.of(finished.get(i));
            }
        }
        return Optional.empty();
    }

    Optional<TrackedOrder> byBrokerOrderId(String brokerOrderId) {
        String clientOrderId = openByBrokerId.get(brokerOrderId);
        if (clientOrderId != null) {
            return Optional.ofNullable(open.get(clientOrderId));
        }
        for (int i = finished.size() - 1; i >= 0; i--) {
            if (brokerOrderId.equals(finished.get(i).brokerOrderId())) {
                return Optional.of(finished.get(i));
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return open.isEmpty() && finished.isEmpty() && intentTimes.isEmpty();
    }

    int retainedOrders() {
        return open.size() + finished.size();
    }

    int retainedIntentTimes() {
        return intentTimes.values().stream().mapToInt(PVector::size).sum();
    }
}
