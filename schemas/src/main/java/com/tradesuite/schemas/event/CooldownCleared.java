package com.tradesuite.schemas.event;

/** The symbol's cooldown was lifted before it ran out. */
public record CooldownCleared(String reason) implements CooldownEvent {
    public CooldownCleared {
        Require.text(reason, "reason");
    }
}
