package com.tradesuite.domain.order;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

import com.tradesuite.domain.memory.SymbolMaps;

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
                       FinishedOrders finished, PMap<OrderPurpose, PVector<Instant>> intentTimes)
        implements Serializable {

    static final SymbolOrderBook EMPTY = new SymbolOrderBook(HashTreePMap.empty(), HashTreePMap.empty(),
            FinishedOrders.EMPTY, HashTreePMap.empty());

    Optional<TrackedOrder> byClientOrderId(String clientOrderId) {
        TrackedOrder live = open.get(clientOrderId);
        return live != null ? Optional.of(live) : finished.byClientOrderId(clientOrderId);
    }

    Optional<TrackedOrder> byBrokerOrderId(String brokerOrderId) {
        String clientOrderId = openByBrokerId.get(brokerOrderId);
        if (clientOrderId != null) {
            return Optional.ofNullable(open.get(clientOrderId));
        }
        return finished.byBrokerOrderId(brokerOrderId);
    }

    boolean isEmpty() {
        return open.isEmpty() && finished.size() == 0 && intentTimes.isEmpty();
    }

    int retainedOrders() {
        return open.size() + finished.size();
    }

    @Serial
    private Object writeReplace() {
        Map<OrderPurpose, List<Instant>> times = new LinkedHashMap<>();
        intentTimes.forEach((purpose, ofPurpose) -> times.put(purpose, new ArrayList<>(ofPurpose)));
        return new Form(SymbolMaps.plain(open), SymbolMaps.plain(openByBrokerId), finished, times);
    }

    /** The serialised form: plain JDK maps and lists, rebuilt into persistent ones on read. */
    private record Form(Map<String, TrackedOrder> open, Map<String, String> openByBrokerId, FinishedOrders finished,
                        Map<OrderPurpose, List<Instant>> intentTimes) implements Serializable {
        @Serial
        private Object readResolve() {
            PMap<OrderPurpose, PVector<Instant>> times = HashTreePMap.empty();
            for (Map.Entry<OrderPurpose, List<Instant>> entry : intentTimes.entrySet()) {
                times = times.plus(entry.getKey(), TreePVector.from(entry.getValue()));
            }
            return new SymbolOrderBook(SymbolMaps.persistent(open), SymbolMaps.persistent(openByBrokerId), finished,
                    times);
        }
    }

    int retainedIntentTimes() {
        return intentTimes.values().stream().mapToInt(PVector::size).sum();
    }
}
