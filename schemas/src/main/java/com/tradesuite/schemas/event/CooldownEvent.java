package com.tradesuite.schemas.event;

/** Per-symbol entry cooldowns on {@code cooldowns}, honoured by the buyer. */
public sealed interface CooldownEvent extends Event permits CooldownStarted, CooldownCleared {
}
