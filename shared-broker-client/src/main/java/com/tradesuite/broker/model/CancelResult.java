package com.tradesuite.broker.model;

/** One entry of the 207 answer to DELETE /v2/orders: the order and the HTTP status of its cancel. */
public record CancelResult(String id, int status) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
