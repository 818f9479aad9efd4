package com.tradesuite.bench;

import java.time.Duration;

/** A phase ran past its time limit; its row says "did not finish in N s" with how far it got. */
public final class PhaseTimeoutException extends RuntimeException {

    private final Duration limit;

    public PhaseTimeoutException(String phase, Duration limit) {
        super(phase + " did not finish in " + limit.toSeconds() + " s");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
