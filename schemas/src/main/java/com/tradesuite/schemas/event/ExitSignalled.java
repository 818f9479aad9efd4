package com.tradesuite.schemas.event;

import java.time.Instant;

/** A strategy wants the position in this symbol closed. */
public record ExitSignalled(String signalId, String strategy, Instant barTime, String reason) implements SignalEvent {
    public ExitSignalled {
        Require.text(signalId, "signalId");
        Require.text(strategy, "strategy");
        Require.present(barTime, "barTime");
        Require.text(reason, "reason");
    }
}
