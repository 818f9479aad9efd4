package com.tradesuite.broker.error;

/** Any other 4xx business rejection; never retried. */
public class RejectedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public RejectedException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
