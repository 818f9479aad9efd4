package com.tradesuite.domain.order;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.memory.BoundedList;

/**
 * A symbol's most recently finished orders, at most {@link OrderBook#FINISHED_REMEMBERED}, oldest first; looked up
 * by client or broker id through their hash codes first. Immutable: every change returns a new memory.
 */
final class FinishedOrders implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final FinishedOrders EMPTY = new FinishedOrders(BoundedList.empty(OrderBook.FINISHED_REMEMBERED),
            new int[0], new int[0]);

    private final BoundedList<TrackedOrder> orders;
    private final int[] clientHashes;
    private final int[] brokerHashes;

    private FinishedOrders(BoundedList<TrackedOrder> orders, int[] clientHashes, int[] brokerHashes) {
        this.orders = orders;
        this.clientHashes = clientHashes;
        this.brokerHashes = brokerHashes;
    }

    Optional<TrackedOrder> byClientOrderId(String clientOrderId) {
        int index = indexOfClient(clientOrderId);
        return index < 0 ? Optional.empty() : Optional.of(orders.get(index));
    }

    Optional<TrackedOrder> byBrokerOrderId(String brokerOrderId) {
        int hash = brokerOrderId.hashCode();
        for (int i = brokerHashes.length - 1; i >= 0; i--) {
            if (brokerHashes[i] == hash && brokerOrderId.equals(orders.get(i).brokerOrderId())) {
                return Optional.of(orders.get(i));
            }
        }
        return Optional.empty();
    }

    /** Remembers a finished order: replaces its earlier entry, or adds it as the newest, forgetting the oldest. */
    FinishedOrders with(TrackedOrder order) {
        int index = indexOfClient(order.clientOrderId());
        if (index >= 0) {
            int[] brokers = brokerHashes.clone();
            brokers[index] = hash(order.brokerOrderId());
            return new FinishedOrders(orders.with(index, order), clientHashes, brokers);
        }
        return new FinishedOrders(orders.plus(order), appended(clientHashes, hash(order.clientOrderId())),
                appended(brokerHashes, hash(order.brokerOrderId())));
    }

    int size() {
        return orders.size();
    }

    List<TrackedOrder> asList() {
        return orders;
    }

    private int indexOfClient(String clientOrderId) {
        int hash = clientOrderId.hashCode();
        for (int i = clientHashes.length - 1; i >= 0; i--) {
            if (clientHashes[i] == hash && clientOrderId.equals(orders.get(i).clientOrderId())) {
                return i;
            }
        }
        return -1;
    }

    private int[] appended(int[] hashes, int hash) {
        int[] next;
        if (orders.isFull()) {
            next = new int[hashes.length];
            System.arraycopy(hashes, 1, next, 0, hashes.length - 1);
        } else {
            next = Arrays.copyOf(hashes, hashes.length + 1);
        }
        next[next.length - 1] = hash;
        return next;
    }

    private static int hash(String id) {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FinishedOrders that && orders.equals(that.orders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orders);
    }

    @Override
    public String toString() {
        return "FinishedOrders" + orders;
    }
}
