package com.tradesuite.paperexchange.order;

/** An order was asked to move between two states Alpaca never moves between. */
public final class IllegalOrderTransitionException extends IllegalStateException {

    public IllegalOrderTransitionException(String orderId, OrderStatus from, OrderStatus to) {
        super("order " + orderId + " cannot move from " + from.wire() + " to " + to.wire());
    }
}
