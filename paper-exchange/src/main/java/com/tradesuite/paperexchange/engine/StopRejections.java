package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.order.OrderType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The venue refuses the next N new orders that carry a stop for a symbol (a stop type or a stop-loss leg). */
final class StopRejections {

    private record Pending(int remaining, RejectMode mode) {
    }

    private final Map<String, Pending> bySymbol = new HashMap<>();

    /** {@code count <= 0} lifts the fault for the symbol. */
    void set(String symbol, int count, RejectMode mode) {
        if (count <= 0) {
            bySymbol.remove(symbol);
        } else {
            bySymbol.put(symbol, new Pending(count, mode));
        }
    }

    /** How the order is refused, if it carries a stop and the symbol's fault has refusals left (consumes one). */
    Optional<RejectMode> take(ValidatedOrder order) {
        Pending pending = bySymbol.get(order.symbol());
        if (pending == null || !carriesStop(order)) {
            return Optional.empty();
        }
        set(order.symbol(), pending.remaining() - 1, pending.mode());
        return Optional.of(pending.mode());
    }

    Map<String, Integer> remaining() {
        Map<String, Integer> counts = new HashMap<>();
        bySymbol.forEach((symbol, pending) -> counts.put(symbol, pending.remaining()));
        return Map.copyOf(counts);
    }

    void clear() {
        bySymbol.clear();
    }

    private static boolean carriesStop(ValidatedOrder order) {
        return order.type() == OrderType.STOP || order.type() == OrderType.STOP_LIMIT
                || order.type() == OrderType.TRAILING_STOP || order.stopLossStopPrice() != null;
    }
}
