package com.tradesuite.seller;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderReplaceRequested;

/** A fake log and broker that record, in one list, the order in which the seller appended and called. */
final class Recorder implements SellerOutbox, StopReplacer {

    record Patch(String brokerOrderId, String newClientOrderId, BigDecimal newStop) {
    }

    final List<Object> calls = new ArrayList<>();
    final List<EventEnvelope<OrderReplaceRequested>> intents = new ArrayList<>();
    final List<EventEnvelope<CooldownStarted>> cooldowns = new ArrayList<>();
    final List<Patch> patches = new ArrayList<>();
    ReplaceOutcome nextOutcome;
    boolean logDown;
    private int replacements;

    @Override
    public void replaceRequested(EventEnvelope<OrderReplaceRequested> intent) {
        if (logDown) {
            throw new IllegalStateException("log unavailable");
        }
        intents.add(intent);
        calls.add(intent);
    }

    @Override
    public void cooldownStarted(EventEnvelope<CooldownStarted> cooldown) {
        cooldowns.add(cooldown);
        calls.add(cooldown);
    }

    @Override
    public ReplaceOutcome replace(String brokerOrderId, String newClientOrderId, BigDecimal newStop) {
        Patch patch = new Patch(brokerOrderId, newClientOrderId, newStop);
        patches.add(patch);
        calls.add(patch);
        ReplaceOutcome outcome = nextOutcome != null ? nextOutcome : new ReplaceOutcome.Replaced("b-sl-" + ++replacements);
        nextOutcome = null;
        return outcome;
    }
}
