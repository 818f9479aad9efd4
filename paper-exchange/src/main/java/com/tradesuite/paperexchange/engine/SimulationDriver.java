package com.tradesuite.paperexchange.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Moves simulated time by one bar per tick at a speed-up factor; closed hours are skipped in one tick. */
public final class SimulationDriver implements AutoCloseable {

    private final ExchangeEngine engine;
    private final ScheduledExecutorService scheduler;

    private SimulationDriver(ExchangeEngine engine, double speedUp) {
        this.engine = engine;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "paper-exchange-clock");
            thread.setDaemon(true);
            return thread;
        });
        long periodNanos = Math.max(1_000L, (long) (60_000_000_000L / speedUp));
        scheduler.scheduleAtFixedRate(this::tick, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
    }

    /** Starts the driver, or returns null when {@code speedUp} is 0 (the clock then only moves when told). */
    public static SimulationDriver startIfEnabled(ExchangeEngine engine, double speedUp) {
        return speedUp > 0 ? new SimulationDriver(engine, speedUp) : null;
    }

    private void tick() {
        try {
            Instant now = engine.now();
            if (engine.calendar().isOpen(now)) {
                engine.advance(Duration.ofMinutes(1));
            } else {
                // Nights and weekends pass in one tick: nothing trades there.
                engine.advanceTo(engine.calendar().nextOpen(now));
            }
        } catch (RuntimeException e) {
            System.getLogger(SimulationDriver.class.getName()).log(System.Logger.Level.ERROR, "clock tick failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
