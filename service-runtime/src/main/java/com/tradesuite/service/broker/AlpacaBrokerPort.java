package com.tradesuite.service.broker;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.InvalidOrderRequestException;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.request.ReplaceOrderRequest;

/** {@link BrokerPort} over the shared broker client's trading API. */
public final class AlpacaBrokerPort implements BrokerPort {

    private final TradingClient trading;

    public AlpacaBrokerPort(BrokerClient client) {
        this(client.trading());
    }

    /** Over one lane of the client, e.g. {@link BrokerClient#protectiveTrading()} (rate-limit reserve for stops). */
    public AlpacaBrokerPort(TradingClient trading) {
        this.trading = trading;
    }

    @Override
    public AccountFacts account() {
        return facts(trading.getAccount());
    }

    @Override
    public void submit(OrderRequest request) {
        trading.submitOrder(request);
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
    public Optional<OrderProgress> progress(String clientOrderId) {
        return trading.findOrderByClientOrderId(clientOrderId)
                .map(order -> new OrderProgress(order.id(), order.status(), order.filledQty()));
    }

    @Override
    public ReplaceOutcome replaceStop(String brokerOrderId, String newClientOrderId, BigDecimal newStop) {
        return replace(brokerOrderId, () -> ReplaceOrderRequest.builder().stopPrice(newStop)
                .clientOrderId(newClientOrderId));
    }

    @Override
    public ReplaceOutcome replaceLimit(String brokerOrderId, String newClientOrderId, BigDecimal newLimit) {
        return replace(brokerOrderId, () -> ReplaceOrderRequest.builder().limitPrice(newLimit)
                .clientOrderId(newClientOrderId));
    }

    private ReplaceOutcome replace(String brokerOrderId, Supplier<ReplaceOrderRequest> request) {
        try {
            Order replacement = trading.replaceOrder(brokerOrderId, request.get());
            return new ReplaceOutcome.Replaced(replacement.id());
        } catch (BrokerException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            // 429/5xx/timeouts survived the client's retries: the order may still be replaceable later.
            return e.isRetryable() ? new ReplaceOutcome.Failed(why) : new ReplaceOutcome.Refused(why);
        } catch (InvalidOrderRequestException e) {
            return new ReplaceOutcome.Refused("invalid replace: " + e.getMessage());
        }
    }

    /** Missing numbers read as zero (sizing then declines); last_equity falls back to equity on a new account. */
    public static AccountFacts facts(Account account) {
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
