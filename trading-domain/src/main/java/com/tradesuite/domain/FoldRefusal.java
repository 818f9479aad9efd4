package com.tradesuite.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * An event the fold refused to apply, and why: the state is unchanged, and the service must count and log it with
 * the event id (a refused event is never dropped silently).
 *
 * @param reason the kind of refusal, a bounded set fit for a metric label
 * @param detail a sentence naming the order and the transition
 */
public record FoldRefusal(Reason reason, String detail) {

    /** Why an event was refused. */
    public enum Reason {
        /** The event moves an order along a transition the order state machine does not allow from a live state. */
        ILLEGAL_TRANSITION,
        /** The event names an order the fold neither holds open nor remembers as recently finished. */
        UNKNOWN_ORDER,
        /** A second intent with a client order id that is already recorded. */
        DUPLICATE_INTENT;

        /** The metric label: {@code illegal_transition}, {@code unknown_order}, {@code duplicate_intent}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FoldRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
