package com.tradesuite.risk.reconcile;

import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.MarketClock;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.Position;
import com.tradesuite.broker.request.OrderQuery;

import java.time.Instant;
import java.util.List;

/** {@link BrokerAccount} over the shared broker client: {@code /v2/positions}, open orders nested, {@code /v2/clock}. */
public final class TradingAccount implements BrokerAccount {

    private final TradingClient trading;

    public TradingAccount(TradingClient trading) {
        this.trading = trading;
    }

    @Override
    public List<Position> positions() {
        return trading.listPositions();
    }

    @Override
    public List<Order> openOrders() {
        return trading.listAllOrders(OrderQuery.open().withNested(true));
    }

    @Override
    public Instant now() {
        MarketClock clock = trading.getClock();
        return clock.timestamp() == null ? Instant.now() : clock.timestamp().toInstant();
    }
}
