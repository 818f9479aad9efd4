package com.tradesuite.buyer;

import java.math.BigDecimal;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.request.OrderRequest;

/** The gateway over the shared broker client: account, order submission and cancel, nothing else. */
public final class AlpacaBrokerGateway implements BrokerGateway {

    private final BrokerClient client;

    public AlpacaBrokerGateway(BrokerClient client) {
        this.client = client;
    }

    @Override
    public AccountFacts account() {
        return facts(client.trading().getAccount());
    }

    @Override
    public void submit(OrderRequest request) {
        client.trading().submitOrder(request);
    }

    @Override
    public void cancel(String brokerOrderId) {
        client.trading().cancelOrder(brokerOrderId);
    }

    /** Missing numbers read as zero (sizing then declines); last_equity falls back to equity on a new account. */
    static AccountFacts facts(Account account) {
        BigDecimal equity = orZero(account.equity());
        BigDecimal lastEquity = account.lastEquity() == null || account.lastEquity().signum() <= 0
                ? equity : account.lastEquity();
        return new AccountFacts(equity, lastEquity, orZero(account.buyingPower()),
                account.tradingBlocked() || account.accountBlocked());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
