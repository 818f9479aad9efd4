package com.tradesuite.broker.error;

/** HTTP 403 other than insufficient qty or buying power (e.g. trading blocked). */
public class ForbiddenException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
