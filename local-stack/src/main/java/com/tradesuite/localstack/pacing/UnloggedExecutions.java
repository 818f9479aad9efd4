package com.tradesuite.localstack.pacing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.schemas.event.OrderFilled;

/**
 * Quantity the exchange executed that {@code fills} does not hold yet, per exchange order: an execution is counted
 * when the exchange reports it and settled when its fill is folded from the log. Holds only what is outstanding.
 */
final class UnloggedExecutions implements TradeUpdateListener {

    private final Map<String, BigDecimal> outstanding = new ConcurrentHashMap<>();

    @Override
    public void onTradeUpdate(TradeUpdate update) {
        if (update.isExecution() && update.qty() != null) {
            outstanding.merge(update.order().id(), update.qty(), BigDecimal::add);
        }
    }

    /** A fill folded from the log settles that much of its order's outstanding quantity. */
    void logged(OrderFilled fill) {
        outstanding.computeIfPresent(fill.brokerOrderId(), (order, qty) -> {
            BigDecimal left = qty.subtract(fill.qty());
            return left.signum() > 0 ? left : null;
        });
    }

    /** Exchange orders with executed quantity not yet on {@code fills}. */
    int orders() {
        return outstanding.size();
    }
}
