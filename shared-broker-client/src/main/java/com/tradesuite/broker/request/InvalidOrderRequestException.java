package com.tradesuite.broker.request;

/** A request the broker would reject (or silently misread) caught before it leaves the process. */
public class InvalidOrderRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidOrderRequestException(String message) {
        super(message);
    }
}
