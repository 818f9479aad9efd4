package com.tradesuite.paperexchange.faults;

import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.engine.RejectMode;
import com.tradesuite.paperexchange.engine.StopFault;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults switched on by tests or the admin API: 429 storms, 5xx, latency, stream drops, order rejections, broken,
 * rejected and venue-cancelled stops, order responses without {@code order_class}.
 */
public final class Faults {

    private final ExchangeEngine engine;
    private final Clock realClock;
    private final AtomicInteger rateLimitStormRequests = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private volatile Instant rateLimitStormUntil = Instant.MIN;
    private volatile int serverErrorStatus = 500;
    private volatile Duration latency = Duration.ZERO;
    private volatile Runnable streamDropper = () -> { };
    private volatile boolean dropOrderClass;

    public Faults(ExchangeEngine engine, Clock realClock) {
        this.engine = engine;
        this.realClock = realClock;
    }

    /** The next {@code requests} API requests get HTTP 429. */
    public void rateLimitStorm(int requests) {
        rateLimitStormRequests.set(requests);
    }

    /** Every API request gets HTTP 429 for {@code duration} of real time. */
    public void rateLimitStorm(Duration duration) {
        rateLimitStormUntil = realClock.instant().plus(duration);
    }

    /** The next {@code count} API requests get HTTP {@code status} (500, 502, 503, 504). */
    public void serverErrors(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be 5xx, was " + status);
        }
        serverErrorStatus = status;
        serverErrors.set(count);
    }

    /** Adds {@code delay} before every API response. */
    public void latency(Duration delay) {
        latency = delay;
    }

    /** Closes every trade_updates stream connection now; clients must reconnect. */
    public void dropStreams() {
        streamDropper.run();
    }

    /** Rejects the next {@code count} order submissions. */
    public void rejectNextOrders(int count, RejectMode mode) {
        engine.rejectNextOrders(count, mode);
    }

    /** Breaks the symbol's stops (they never trigger, or fill only when cancelled); null repairs them. */
    public void breakStops(String symbol, StopFault fault) {
        engine.setStopFault(symbol, fault);
    }

    /** The venue refuses the symbol's next {@code count} orders that carry a stop; 0 lifts it. */
    public void rejectStopOrders(String symbol, int count, RejectMode mode) {
        engine.rejectStopOrders(symbol, count, mode);
    }

    /** The venue cancels the symbol's live stops now, unasked; returns the ids it cancelled. */
    public List<String> cancelStopsByVenue(String symbol) {
        return engine.cancelStopsByVenue(symbol).stream().map(OrderSnapshot::id).toList();
    }

    /** Order responses leave out {@code order_class} (parent and legs), as a venue that drops the field would. */
    public void dropOrderClass(boolean enabled) {
        dropOrderClass = enabled;
    }

    public boolean dropsOrderClass() {
        return dropOrderClass;
    }

    public void clear() {
        dropOrderClass = false;
        engine.stopFaults().keySet().forEach(symbol -> engine.setStopFault(symbol, null));
        engine.stopRejections().keySet().forEach(symbol -> engine.rejectStopOrders(symbol, 0, RejectMode.HTTP));
        rateLimitStormRequests.set(0);
        rateLimitStormUntil = Instant.MIN;
        serverErrors.set(0);
        latency = Duration.ZERO;
        engine.rejectNextOrders(0, RejectMode.HTTP);
    }

    /** True if this request falls in a 429 storm (consumes one storm request). */
    public boolean takeRateLimitStorm() {
        if (realClock.instant().isBefore(rateLimitStormUntil)) {
            return true;
        }
        return rateLimitStormRequests.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** The 5xx status this request must fail with, or 0 (consumes one injected error). */
    public int takeServerError() {
        return serverErrors.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? serverErrorStatus : 0;
    }

    public Duration latency() {
        return latency;
    }

    /** The adapter that owns the stream connections registers how to drop them. */
    public void onDropStreams(Runnable dropper) {
        streamDropper = dropper;
    }
}
