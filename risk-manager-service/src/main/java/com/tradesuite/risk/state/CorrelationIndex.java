package com.tradesuite.risk.state;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.tradesuite.service.memory.RecentMap;
import com.tradesuite.service.memory.Tagged;

/** A broker fact carries the correlation id of the intent that placed its order (legs: their parent's). */
public final class CorrelationIndex {

    /** Bounded to recent orders: a broker fact follows its order's intent by minutes, not by months. */
    private final RecentMap<String, Tagged<String>> byClientOrderId = new RecentMap<>(20_000);
    private final RecentMap<String, Tagged<String>> byBrokerOrderId = new RecentMap<>(20_000);

    /** The correlations of some symbols' orders, oldest first (a snapshot's share). */
    public record Slice(List<Map.Entry<String, Tagged<String>>> byClientOrderId,
                        List<Map.Entry<String, Tagged<String>>> byBrokerOrderId) implements Serializable {
    }

    public void recordIntent(String symbol, String clientOrderId, String correlationId) {
        if (correlationId != null) {
            byClientOrderId.putIfAbsent(clientOrderId, new Tagged<>(symbol, correlationId));
        }
    }

    public void recordBrokerOrder(String symbol, String brokerOrderId, String correlationId) {
        if (brokerOrderId != null && correlationId != null) {
            byBrokerOrderId.putIfAbsent(brokerOrderId, new Tagged<>(symbol, correlationId));
        }
    }

    /** The order's own intent first, then what its broker id or its parent's was logged with. */
    public Optional<String> lookup(String clientOrderId, String brokerOrderId, String parentOrderId) {
        return value(byClientOrderId, clientOrderId).or(() -> value(byBrokerOrderId, brokerOrderId))
                .or(() -> value(byBrokerOrderId, parentOrderId));
    }

    public Slice slice(Predicate<String> symbols) {
        return new Slice(byClientOrderId.entries(tagged -> symbols.test(tagged.symbol())),
                byBrokerOrderId.entries(tagged -> symbols.test(tagged.symbol())));
    }

    public void restore(Slice slice) {
        byClientOrderId.putAll(slice.byClientOrderId());
        byBrokerOrderId.putAll(slice.byBrokerOrderId());
    }

    public void clear() {
        byClientOrderId.clear();
        byBrokerOrderId.clear();
    }

    private static Optional<String> value(RecentMap<String, Tagged<String>> map, String key) {
        return Optional.ofNullable(key == null ? null : map.get(key)).map(Tagged::value);
    }
}
