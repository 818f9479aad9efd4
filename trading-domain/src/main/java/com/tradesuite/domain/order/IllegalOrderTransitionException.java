package com.tradesuite.domain.order;

/** An event asked an order to move along a transition the state machine does not allow. */
public final class IllegalOrderTransitionException extends IllegalStateException {

    private final OrderStatus from;
    private final OrderTransition transition;

    public IllegalOrderTransitionException(OrderStatus from, OrderTransition transition) {
        super("illegal order transition " + transition + " from " + from);
        this.from = from;
        this.transition = transition;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderTransition transition() {
        return transition;
    }
}
