package com.tradesuite.broker.error;

/** HTTP 401: the API key pair was refused. */
public class AuthenticationException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(int httpStatus, Long code, String message, String body) {
        super(httpStatus, code, message, body, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
