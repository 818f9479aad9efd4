package com.tradesuite.buyer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.broker.request.OrderRequest;

/** A broker gateway that records calls into a shared journal and fails on demand. */
final class FakeBroker implements BrokerGateway {

    final List<String> journal;
    final List<OrderRequest> submitted = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    AccountFacts account = new AccountFacts(new BigDecimal("100000"), new BigDecimal("100000"),
            new BigDecimal("100000"), false);
    RuntimeException accountFailure;
    RuntimeException submitFailure;
    int accountCalls;

    FakeBroker(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public AccountFacts account() {
        accountCalls++;
        if (accountFailure != null) {
            RuntimeException failure = accountFailure;
            accountFailure = null;
            throw failure;
        }
        return account;
    }

    @Override
    public void submit(OrderRequest request) {
        journal.add("submit:" + request.clientOrderId());
        submitted.add(request);
        if (submitFailure != null) {
            throw submitFailure;
        }
    }

    @Override
    public void cancel(String brokerOrderId) {
        journal.add("cancel:" + brokerOrderId);
        cancelled.add(brokerOrderId);
    }
}
