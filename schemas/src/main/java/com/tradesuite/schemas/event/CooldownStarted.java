package com.tradesuite.schemas.event;

import java.time.Instant;

/** No new entries in this symbol until {@code until}, e.g. after a losing exit. */
public record CooldownStarted(Instant until, String reason) implements CooldownEvent {
    public CooldownStarted {
        Require.present(until, "until");
        Require.text(reason, "reason");
    }
}
