package com.tradesuite.buyer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.service.log.EventLogUnavailableException;
import com.tradesuite.service.FoldRefusals;
import com.tradesuite.service.memory.RecentMap;

/**
 * The buyer's folded state, kept current with its own writes: an event the buyer appends is folded at once (so the
 * next signal already sees it) and its copy read back from the log is skipped, so nothing is folded twice.
 */
final class FoldedLog {

    private static final Logger LOG = Logger.getLogger(FoldedLog.class);

    private final OrdersLog orders;
    /** Event ids written and folded by us whose copy has not come back from the log yet. */
    private final Map<String, Integer> awaitedEchoes = new HashMap<>();
    /** Entry client order id -> signal id, the correlation id of later actions on that entry. */
    private final RecentMap<String, String> signalByEntry = new RecentMap<>(20_000);
    // Replaced by the log thread, read by health and tests.
    private volatile TradingState state = TradingState.empty();

    FoldedLog(OrdersLog orders) {
        this.orders = orders;
    }

    TradingState state() {
        return state;
    }

    /** True (once) when this event is our own write coming back: it is folded already. */
    boolean isEcho(String eventId) {
        Integer waiting = awaitedEchoes.get(eventId);
        if (waiting == null) {
            return false;
        }
        if (waiting == 1) {
            awaitedEchoes.remove(eventId);
        } else {
            awaitedEchoes.put(eventId, waiting - 1);
        }
        return true;
    }

    /** Folds one event of {@code orders}, {@code fills} or {@code cooldowns}. */
    void fold(EventEnvelope<?> envelope) {
        TradingState.Step step = state.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        state = step.state();
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY
                && envelope.correlationId() != null) {
            signalByEntry.put(intent.clientOrderId(), envelope.correlationId());
        }
    }

    /** Appends to {@code orders} and folds; false (nothing folded) when the log did not take it. */
    boolean write(EventEnvelope<? extends OrderEvent> envelope) {
        try {
            orders.append(envelope);
        } catch (EventLogUnavailableException e) {
            LOG.errorf("%s %s for %s not written, nothing done: %s", envelope.type(), envelope.eventId(),
                    envelope.symbol(), e.getMessage());
            return false;
        }
        awaitedEchoes.merge(envelope.eventId(), 1, Integer::sum);
        fold(envelope);
        return true;
    }

    /** The signal an entry order was placed for, if its intent is in the log. */
    Optional<String> signalOf(String entryClientOrderId) {
        return Optional.ofNullable(signalByEntry.get(entryClientOrderId));
    }

    void reset() {
        state = TradingState.empty();
        awaitedEchoes.clear();
        signalByEntry.clear();
    }
}
