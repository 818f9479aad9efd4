package com.tradesuite.paperexchange.engine;

/**
 * A broken stop at the venue, per symbol: the failures that make the suite's last-resort exits necessary.
 */
public enum StopFault {
    /** Stop, stop-limit and trailing-stop orders never trigger, whatever the price does. */
    NEVER_TRIGGERS,
    /**
     * Stops do not trigger on price moves, but a stop whose price has been crossed fills the moment anyone asks to
     * cancel its group: the race between a late stop and a last-resort exit that is cancelling it.
     */
    FILLS_ON_CANCEL
}
