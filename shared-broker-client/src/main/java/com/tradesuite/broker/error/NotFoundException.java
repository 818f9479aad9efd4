package com.tradesuite.broker.error;

/** HTTP 404: no such order or position. */
public class NotFoundException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
