package com.tradesuite.domain.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;

/**
 * The log's positions and open orders against the broker's: every owned symbol on which they disagree, except those
 * with an order in flight or an entry working (their next broker fact may still explain the difference).
 */
public final class Reconciliation {

    /** The differences, and the symbols left for the next reconciliation because they are settling. */
    public record Result(List<Difference> differences, Set<String> settling) {
        public Result {
            differences = List.copyOf(differences);
            settling = Set.copyOf(settling);
        }
    }

    private Reconciliation() {
    }

    /** @param owns true for the symbols this instance reconciles (its partitions) */
    public static Result compare(TradingState log, BrokerHoldings broker, Predicate<String> owns) {
        Set<String> symbols = new TreeSet<>(broker.positions().keySet());
        symbols.addAll(broker.openOrderIds().keySet());
        log.positions().openPositions().forEach(position -> symbols.add(position.symbol()));
        List<Difference> differences = new ArrayList<>();
        Set<String> settling = new TreeSet<>();
        for (String symbol : symbols) {
            if (!owns.test(symbol)) {
                continue;
            }
            OrderBook orders = log.orders();
            if (!orders.inFlight(symbol).isEmpty() || !orders.openEntries(symbol).isEmpty()) {
                settling.add(symbol);
                continue;
            }
            compareSymbol(symbol, log.positions().position(symbol), broker, orders).ifPresent(differences::add);
        }
        return new Result(differences, settling);
    }

    private static Optional<Difference> compareSymbol(String symbol, Position position,
                                                                BrokerHoldings broker, OrderBook orders) {
        BigDecimal logQty = position.qty();
        BigDecimal brokerQty = broker.qty(symbol);
        List<String> unknownOrders = broker.openOrders(symbol).stream()
                .filter(id -> orders.byBrokerOrderId(symbol, id).isEmpty()).toList();
        DifferenceKind kind;
        if (brokerQty.signum() < 0) {
            kind = DifferenceKind.SHORT_POSITION;
        } else if (logQty.signum() == 0 && brokerQty.signum() > 0) {
            kind = DifferenceKind.UNKNOWN_POSITION;
        } else if (logQty.signum() > 0 && brokerQty.signum() == 0) {
            kind = DifferenceKind.MISSING_POSITION;
        } else if (logQty.compareTo(brokerQty) != 0) {
            kind = DifferenceKind.QUANTITY_MISMATCH;
        } else if (!unknownOrders.isEmpty()) {
            kind = DifferenceKind.UNKNOWN_ORDER;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Difference(kind, symbol, logQty, brokerQty, broker.avgEntryPrice(symbol),
                unknownOrders));
    }

    /**
     * The position fact that makes the log agree with the broker: an adoption, a correction, or nothing (unknown
     * orders alone are explained by their OrderAccepted facts; a short is left alone).
     *
     * @param lastPrice the newest known price of the symbol, or null; a reduction is valued at it
     */
    public static Optional<FillEvent> resolve(Difference difference, Position logPosition,
                                                        BigDecimal lastPrice, Instant observedAt) {
        String id = "reconcile:" + difference.symbol() + ":" + difference.logQty().toPlainString() + "->"
                + difference.brokerQty().toPlainString() + ":" + observedAt;
        String reason = difference.describe();
        return switch (difference.kind()) {
            case UNKNOWN_POSITION -> Optional.of(new PositionAdopted(id, difference.brokerQty(),
                    difference.brokerAvgEntryPrice(), reason, observedAt));
            case MISSING_POSITION, QUANTITY_MISMATCH -> Optional.of(new PositionReconciled(id,
                    difference.logQty(), difference.brokerQty(), difference.brokerAvgEntryPrice(),
                    lastPrice != null ? lastPrice : logPosition.avgEntryPrice(), reason, observedAt));
            case UNKNOWN_ORDER, SHORT_POSITION -> Optional.empty();
        };
    }
}
