package com.tradesuite.risk.state;

import java.util.Optional;
import com.tradesuite.service.memory.RecentMap;

/** A broker fact carries the correlation id of the intent that placed its order (legs: their parent's). */
public final class CorrelationIndex {

    /** Bounded to recent orders: a broker fact follows its order's intent by minutes, not by months. */
    private final RecentMap<String, String> byClientOrderId = new RecentMap<>(20_000);
    private final RecentMap<String, String> byBrokerOrderId = new RecentMap<>(20_000);

    public void recordIntent(String clientOrderId, String correlationId) {
        if (correlationId != null) {
            byClientOrderId.putIfAbsent(clientOrderId, correlationId);
        }
    }

    public void recordBrokerOrder(String brokerOrderId, String correlationId) {
        if (brokerOrderId != null && correlationId != null) {
            byBrokerOrderId.putIfAbsent(brokerOrderId, correlationId);
        }
    }

    /** The order's own intent first, then what its broker id or its parent's was logged with. */
    public Optional<String> lookup(String clientOrderId, String brokerOrderId, String parentOrderId) {
        return Optional.ofNullable(clientOrderId == null ? null : byClientOrderId.get(clientOrderId))
                .or(() -> Optional.ofNullable(brokerOrderId == null ? null : byBrokerOrderId.get(brokerOrderId)))
                .or(() -> Optional.ofNullable(parentOrderId == null ? null : byBrokerOrderId.get(parentOrderId)));
    }

    public void clear() {
        byClientOrderId.clear();
        byBrokerOrderId.clear();
    }
}
