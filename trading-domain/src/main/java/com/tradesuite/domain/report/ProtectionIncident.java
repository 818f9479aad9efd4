package com.tradesuite.domain.report;

import java.time.Instant;

/**
 * One protection incident of a day, as the log shows it.
 *
 * @param durationMillis how long a gap lasted (log time, from the event that left the position short of a stop to
 *                       the one that covered it again or closed it); null for the other kinds
 */
public record ProtectionIncident(Instant at, String symbol, Kind kind, String detail, Long durationMillis) {

    /** What happened. */
    public enum Kind {
        /** The risk manager placed an OCO over a position whose stop fell short (an intent REPROTECT). */
        REPROTECTION,
        /** An open position was short of a live stop for its full quantity, per the protection audit's rule. */
        GAP,
        /** The risk manager's fallback exit: price through the stop and the stop did not fire (FALLBACK_EXIT). */
        FALLBACK_EXIT,
        /** The emergency market exit at the hard stop (EMERGENCY_EXIT). */
        HARD_STOP_EXIT,
        /** A position the log never saw, adopted from the broker (PositionAdopted). */
        ADOPTION
    }
}
