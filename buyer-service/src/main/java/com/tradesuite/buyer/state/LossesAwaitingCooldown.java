package com.tradesuite.buyer.state;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.Side;

/**
 * Closes the race between a losing exit and its cooldown: the seller writes the cooldown a moment after the exit
 * fill, so a signal decided in between must wait for it rather than enter a symbol that is about to cool down.
 * A loss stops blocking once its cooldown (caused by {@code exit:<executionId>}) is in the log, or once a cooldown
 * of the configured length would have run out anyway.
 */
public final class LossesAwaitingCooldown {

    private static final String EXIT_CAUSE_PREFIX = "exit:";

    private final Duration cooldownLength;
    /** executionId of a losing exit -> (symbol, exit time), until its cooldown arrives. */
    private final Map<String, LosingExit> awaiting = new HashMap<>();

    public LossesAwaitingCooldown(Duration cooldownLength) {
        this.cooldownLength = cooldownLength;
    }

    /** Call with each fill BEFORE it is folded, with the position it reduces. */
    public void onFill(OrderFilled fill, Position before) {
        if (fill.side() != Side.SELL || before.qty().signum() <= 0) {
            return;
        }
        BigDecimal pnl = before.pnlOfSale(fill.qty().min(before.qty()), fill.price());
        if (pnl.signum() < 0) {
            awaiting.put(fill.executionId(), new LosingExit(before.symbol(), fill.filledAt()));
        }
    }

    public void onCooldown(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof CooldownStarted && envelope.causationId() != null
                && envelope.causationId().startsWith(EXIT_CAUSE_PREFIX)) {
            awaiting.remove(envelope.causationId().substring(EXIT_CAUSE_PREFIX.length()));
        }
    }

    /** True while a losing exit of this symbol has no cooldown in the log yet and one would still be running. */
    public boolean blocks(String symbol, Instant now) {
        awaiting.values().removeIf(exit -> !now.isBefore(exit.at().plus(cooldownLength)));
        return awaiting.values().stream().anyMatch(exit -> exit.symbol().equals(symbol));
    }

    public void reset() {
        awaiting.clear();
    }

    private record LosingExit(String symbol, Instant at) {
    }
}
