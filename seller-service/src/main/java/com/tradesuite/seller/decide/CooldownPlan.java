package com.tradesuite.seller.decide;

import com.tradesuite.schemas.event.CooldownStarted;

/** What the seller does after a position-reducing fill. */
public sealed interface CooldownPlan {

    String reason();

    /** Start this cooldown, written with the deterministic event id {@code cooldown:<executionId>}. */
    record Start(CooldownStarted cooldown, String eventId, String reason) implements CooldownPlan {
    }

    /**
     * No cooldown.
     *
     * @param loss true when the exit lost money (worth a decision line), false for a winner
     */
    record Skip(String reason, boolean loss) implements CooldownPlan {
    }
}
