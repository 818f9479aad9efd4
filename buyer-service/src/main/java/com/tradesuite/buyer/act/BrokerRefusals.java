package com.tradesuite.buyer.act;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.schemas.event.OrderRejected;

/**
 * Sorts a failed submission: a business refusal becomes {@link OrderRejected}; a duplicate id means the order is
 * already placed; an exhausted retry (unavailable, rate limited) leaves the outcome to the account watcher.
 */
public final class BrokerRefusals {

    /** What the buyer does after the broker call failed. */
    public enum Outcome { REJECTED, ALREADY_PLACED, UNKNOWN }

    private BrokerRefusals() {
    }

    public static Outcome classify(BrokerException failure) {
        if (failure instanceof DuplicateClientOrderIdException) {
            return Outcome.ALREADY_PLACED;
        }
        if (failure instanceof BrokerUnavailableException || failure instanceof RateLimitedException) {
            return Outcome.UNKNOWN;
        }
        return Outcome.REJECTED;
    }

    /**
     * The rejection event: the client's message (already "HTTP status code c: broker message") and the broker's
     * error code, or the HTTP status when it gave none.
     */
    public static OrderRejected rejection(String clientOrderId, BrokerException failure) {
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? "HTTP " + failure.httpStatus() + ": refused by the broker" : failure.getMessage();
        return new OrderRejected(clientOrderId, reason, code(failure));
    }

    private static Integer code(BrokerException failure) {
        Long code = failure.code();
        if (code != null && code >= Integer.MIN_VALUE && code <= Integer.MAX_VALUE) {
            return code.intValue();
        }
        return failure.httpStatus() == 0 ? null : failure.httpStatus();
    }
}
