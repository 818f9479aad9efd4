package com.tradesuite.broker.it;

import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.ws.TradeUpdateListener;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Keeps every delivered trade update for assertions. */
final class CollectingListener implements TradeUpdateListener {

    final List<TradeUpdate> updates = new CopyOnWriteArrayList<>();
    final List<Exception> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onUpdate(TradeUpdate update) {
        updates.add(update);
    }

    @Override
    public void onError(Exception error) {
        errors.add(error);
    }

    List<TradeUpdate> executionsOf(String orderId) {
        return updates.stream().filter(TradeUpdate::isExecution)
                .filter(u -> u.order() != null && orderId.equals(u.order().id())).collect(Collectors.toList());
    }

    BigDecimal filledQty(String orderId) {
        return executionsOf(orderId).stream().map(TradeUpdate::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
