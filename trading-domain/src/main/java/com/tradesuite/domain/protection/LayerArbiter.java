package com.tradesuite.domain.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.ExitLayer;

/**
 * A lower layer never acts while a higher (or its own) layer has an intent in flight for the position, unless that
 * intent's grace period ran out; a lower layer's in-flight intent (e.g. the seller replacing a bracket leg) only holds
 * a higher layer back for the short replace window.
 */
public final class LayerArbiter {

    private final Duration grace;
    private final Duration replaceWindow;

    /**
     * @param grace how long an in-flight intent of an equal or higher layer blocks the acting layer
     * @param replaceWindow how long an in-flight intent of a lower layer blocks it (the 2 s bracket replace allowance)
     */
    public LayerArbiter(Duration grace, Duration replaceWindow) {
        this.grace = Objects.requireNonNull(grace, "grace");
        this.replaceWindow = Objects.requireNonNull(replaceWindow, "replaceWindow");
    }

    /** Why {@code acting} must wait at {@code now}, given the symbol's in-flight orders; empty if it may act. */
    public Optional<String> mustWait(ExitLayer acting, List<TrackedOrder> inFlight, Instant now) {
        for (TrackedOrder order : inFlight) {
            ExitLayer owner = order.layer();
            Duration window = owner.priority() >= acting.priority() ? grace : replaceWindow;
            Instant expires = order.inFlightSince().plus(window);
            if (now.isBefore(expires)) {
                return Optional.of(owner + " has " + order.status() + " " + order.clientOrderId() + " in flight since "
                        + order.inFlightSince() + "; " + acting + " waits until " + expires);
            }
        }
        return Optional.empty();
    }
}
