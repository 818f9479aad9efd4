package com.tradesuite.schemas.event;

/**
 * The buyer decided not to act on an entry signal; with {@link OrderIntentRecorded} it makes every signal's outcome
 * part of the log, so a restarted buyer knows the signal is done (de-duplication across restarts).
 *
 * @param signalId the {@link EntrySignalled#signalId()} that was declined
 * @param check the pre-trade check that failed, a stable machine-readable name (e.g. COOLDOWN, DAILY_LOSS_LIMIT)
 * @param reason the human-readable reason
 */
public record EntryDeclined(String signalId, String check, String reason) implements OrderEvent {
    public EntryDeclined {
        Require.text(signalId, "signalId");
        Require.text(check, "check");
        Require.text(reason, "reason");
    }
}
