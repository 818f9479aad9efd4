package com.tradesuite.risk.exit;

import com.tradesuite.domain.exit.ExitAttribution;
import com.tradesuite.domain.position.Position;
import com.tradesuite.risk.act.EventSink;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.watch.TradeUpdateTranslator;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventLogUnavailableException;
import com.tradesuite.service.memory.RecentSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * One {@code ExitAttributed} per position-reducing fill (or reconciliation), computed from the position BEFORE the fill is folded. A fill
 * folded during replay whose attribution is not on {@code exit-source} yet (the service stopped in between) is
 * published once replay is complete. Called from the log thread only.
 */
public final class ExitAttributor {

    private static final Logger LOG = Logger.getLogger(ExitAttributor.class);

    /** Executions already on exit-source; bounded: a fill and its attribution are appended close together. */
    private final RecentSet<String> attributed = new RecentSet<>(50_000);
    private final Map<String, EventEnvelope<ExitAttributed>> pending = new LinkedHashMap<>();

    /** Must be called before {@code state} folds the reconciliation: a reduction is a MANUAL exit. */
    public void beforeFold(EventEnvelope<?> envelope, PositionReconciled reconciled, RiskState state) {
        String id = reconciled.reconciliationId();
        if (attributed.contains(id) || pending.containsKey(id)) {
            return;
        }
        Position before = state.position(envelope.symbol());
        ExitAttribution.attributeReconciliation(reconciled, before).ifPresent(payload -> pending.put(id,
                EventEnvelope.withId("exit:" + id, payload, envelope.symbol(), TradeUpdateTranslator.SOURCE,
                        reconciled.observedAt(), envelope.correlationId(), envelope.eventId())));
    }

    /** Must be called before {@code state} folds the fill. */
    public void beforeFold(EventEnvelope<?> envelope, OrderFilled fill, RiskState state) {
        if (attributed.contains(fill.executionId()) || pending.containsKey(fill.executionId())) {
            return;
        }
        Position before = state.position(envelope.symbol());
        Optional<ExitAttributed> exit = ExitAttribution.attribute(fill, before, state.trading().orders());
        exit.ifPresent(payload -> pending.put(fill.executionId(), EventEnvelope.withId(
                "exit:" + fill.executionId(), payload, envelope.symbol(), TradeUpdateTranslator.SOURCE,
                fill.filledAt(), envelope.correlationId(), envelope.eventId())));
    }

    /** An attribution is on {@code exit-source}: never publish it again. */
    public void onAttributed(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof ExitAttributed exit) {
            attributed.add(exit.executionId());
            pending.remove(exit.executionId());
        }
    }

    /** Publishes what is pending (after replay, and after each live fill); keeps what Kafka did not take. */
    public void publishPending(EventSink sink) {
        for (var iterator = pending.entrySet().iterator(); iterator.hasNext(); ) {
            Map.Entry<String, EventEnvelope<ExitAttributed>> entry = iterator.next();
            try {
                EventEnvelope<? extends ExitSourceEvent> envelope = entry.getValue();
                sink.publish(TopicCatalog.EXIT_SOURCE, envelope);
                attributed.add(entry.getKey());
                iterator.remove();
            } catch (EventLogUnavailableException e) {
                LOG.warnf("exit attribution %s not appended yet: %s", entry.getValue().eventId(), e.getMessage());
                return;
            }
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    public void reset() {
        attributed.clear();
        pending.clear();
    }
}
