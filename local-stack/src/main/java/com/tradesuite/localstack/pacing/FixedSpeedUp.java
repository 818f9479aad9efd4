package com.tradesuite.localstack.pacing;

import java.time.Duration;

import com.tradesuite.paperexchange.PaperExchangeServer;

/**
 * Simulated time runs a fixed number of times faster than real time, whatever the suite is doing: every 200 ms of
 * real time the clock moves by 200 ms times the speed-up. What the suite manages in that time depends on the machine.
 */
public final class FixedSpeedUp implements ClockPacer {

    private static final Duration TICK = Duration.ofMillis(200);

    private final Duration step;

    /** @param speedUp simulated seconds per real second (positive) */
    public FixedSpeedUp(double speedUp) {
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speed-up must be positive, was " + speedUp);
        }
        this.step = Duration.ofMillis(Math.max(1, Math.round(TICK.toMillis() * speedUp)));
    }

    @Override
    public void step(PaperExchangeServer exchange, Duration remaining) {
        long tickStarted = System.nanoTime();
        exchange.advance(remaining.compareTo(step) < 0 ? remaining : step);
        long sleepNanos = TICK.toNanos() - (System.nanoTime() - tickStarted);
        if (sleepNanos > 0) {
            Pause.nanos(sleepNanos, "session interrupted");
        }
    }
}
