package com.tradesuite.broker.resilience;

/**
 * Which calls go first when the key's shared budget runs low: protective ones (re-protection, fallback and hard-stop
 * exits, the cancels they need) may spend the reserve that routine ones (entries, trailing replaces, polls) leave.
 */
public enum RequestPriority {
    PROTECTIVE,
    ROUTINE
}
