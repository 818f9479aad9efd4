package com.tradesuite.broker.error;

/** The client_order_id was already used: the intent is already placed; fetch it by client_order_id instead of retrying. */
public class DuplicateClientOrderIdException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public DuplicateClientOrderIdException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
