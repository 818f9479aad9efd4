package com.tradesuite.broker.error;

/** HTTP 422: the broker refused the request as invalid (sub-penny price, not cancelable, bad field). */
public class ValidationException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public ValidationException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
