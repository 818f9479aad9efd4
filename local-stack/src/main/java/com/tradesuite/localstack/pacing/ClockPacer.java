package com.tradesuite.localstack.pacing;

import java.time.Duration;

import com.tradesuite.paperexchange.PaperExchangeServer;

/** How a session moves the exchange's simulated clock: each step advances it by at most the time left. */
public interface ClockPacer {

    /** Advances the exchange's clock by at most {@code remaining} (more than zero), at this pacer's pace. */
    void step(PaperExchangeServer exchange, Duration remaining);

    /** Called once the session's time is done: lets the suite finish with the last step (no-op by default). */
    default void finish(PaperExchangeServer exchange) {
    }
}
