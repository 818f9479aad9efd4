package com.tradesuite.seller.decide;

import java.time.Instant;
import java.util.Optional;

import com.tradesuite.domain.cooldown.CooldownRule;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.state.SellerState;

/**
 * A losing exit starts one cooldown per broker execution ({@link CooldownRule}), unless the symbol already cools
 * down at least as long, so a duplicate exit or another writer's cooldown never doubles it.
 */
public final class CooldownPlanner {

    private final CooldownRule rule;

    public CooldownPlanner(CooldownRule rule) {
        this.rule = rule;
    }

    public static CooldownPlanner of(SellerSettings settings) {
        return new CooldownPlanner(new CooldownRule(settings.cooldown()));
    }

    /**
     * @param exitTime market time of the exit: the cooldown runs from there
     * @param now market time now (later than {@code exitTime} when acting on an exit found in the replay)
     */
    public CooldownPlan plan(EventEnvelope<ExitAttributed> envelope, Instant exitTime, Instant now,
                             SellerState state) {
        ExitAttributed exit = envelope.payload();
        Optional<CooldownStarted> started = rule.afterExit(exit, exitTime);
        if (started.isEmpty()) {
            return new CooldownPlan.Skip("exit " + exit.executionId() + " realised "
                    + exit.realizedPnl().toPlainString() + ": no cooldown after a winner", false);
        }
        if (state.hasCooldownFor(exit.executionId())) {
            return new CooldownPlan.Skip("a cooldown for execution " + exit.executionId() + " already started", true);
        }
        CooldownStarted cooldown = started.get();
        if (!cooldown.until().isAfter(now)) {
            return new CooldownPlan.Skip("the cooldown for execution " + exit.executionId() + " would have ended at "
                    + cooldown.until(), true);
        }
        Optional<Instant> running = state.trading().cooldowns().coolingDownUntil(envelope.symbol(), now);
        if (running.isPresent() && !running.get().isBefore(cooldown.until())) {
            return new CooldownPlan.Skip("already cooling down until " + running.get(), true);
        }
        return new CooldownPlan.Start(cooldown, SellerState.COOLDOWN_ID_PREFIX + exit.executionId(),
                cooldown.reason() + " (" + exit.layer() + " " + exit.reason() + "), cooling down until "
                        + cooldown.until());
    }
}
