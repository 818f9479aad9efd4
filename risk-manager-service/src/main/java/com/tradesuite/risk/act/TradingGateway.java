package com.tradesuite.risk.act;

import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderRequest;

import java.util.Optional;

/** {@link BrokerGateway} over the shared broker client's trading API. */
public final class TradingGateway implements BrokerGateway {

    private final TradingClient trading;

    public TradingGateway(TradingClient trading) {
        this.trading = trading;
    }

    @Override
    public void cancel(String brokerOrderId) {
        trading.cancelOrder(brokerOrderId);
    }

    @Override
    public Optional<OrderStatus> status(String brokerOrderId) {
        try {
            return Optional.ofNullable(trading.getOrder(brokerOrderId).status());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void submit(OrderRequest request) {
        trading.submitOrder(request);
    }
}
