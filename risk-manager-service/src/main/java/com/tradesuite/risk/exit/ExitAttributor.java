package com.tradesuite.risk.exit;

import com.tradesuite.domain.exit.ExitAttribution;
import com.tradesuite.domain.position.Position;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.watch.TradeUpdateTranslator;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventLogUnavailableException;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.serde.EventCodec;
import com.tradesuite.service.memory.RecentMap;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

/**
 * One {@code ExitAttributed} per position-reducing fill (or reconciliation), computed from the position BEFORE the fill is folded. A fill
 * folded during replay whose attribution is not on {@code exit-source} yet (the service stopped in between) is
 * published once replay is complete. Called from the log thread only.
 */
public final class ExitAttributor {

    private static final Logger LOG = Logger.getLogger(ExitAttributor.class);

    /** Executions already on exit-source; bounded: a fill and its attribution are appended close together. */
    private final RecentMap<String, String> attributed = new RecentMap<>(50_000);
    private final Map<String, EventEnvelope<ExitAttributed>> pending = new LinkedHashMap<>();

    /** Must be called before {@code state} folds the reconciliation: a reduction is a MANUAL exit. */
    public void beforeFold(EventEnvelope<?> envelope, PositionReconciled reconciled, RiskState state) {
        String id = reconciled.reconciliationId();
        if (attributed.containsKey(id) || pending.containsKey(id)) {
            return;
        }
        Position before = state.position(envelope.symbol());
        ExitAttribution.attributeReconciliation(reconciled, before).ifPresent(payload -> pending.put(id,
                EventEnvelope.withId("exit:" + id, payload, envelope.symbol(), TradeUpdateTranslator.SOURCE,
                        reconciled.observedAt(), envelope.correlationId(), envelope.eventId())));
    }

    /** Must be called before {@code state} folds the fill. */
    public void beforeFold(EventEnvelope<?> envelope, OrderFilled fill, RiskState state) {
        if (attributed.containsKey(fill.executionId()) || pending.containsKey(fill.executionId())) {
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
            attributed.put(exit.executionId(), envelope.symbol());
            pending.remove(exit.executionId());
        }
    }

    /** Publishes what is pending (after replay, and after each live fill); keeps what Kafka did not take. */
    public void publishPending(EventLog log) {
        for (var iterator = pending.entrySet().iterator(); iterator.hasNext(); ) {
            Map.Entry<String, EventEnvelope<ExitAttributed>> entry = iterator.next();
            try {
                EventEnvelope<? extends ExitSourceEvent> envelope = entry.getValue();
                log.append(TopicCatalog.EXIT_SOURCE, envelope);
                attributed.put(entry.getKey(), envelope.symbol());
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

    /**
     * The attributions of some symbols, as a snapshot carries them: executions already attributed (execution id ->
     * symbol, oldest first) and the pending ones as their exit-source JSON.
     */
    public record Slice(List<Map.Entry<String, String>> attributed, List<byte[]> pending) implements Serializable {
    }

    public Slice slice(Predicate<String> symbols) {
        EventCodec<ExitSourceEvent> codec = TopicCatalog.EXIT_SOURCE.codec();
        List<byte[]> waiting = new ArrayList<>();
        pending.values().stream().filter(envelope -> symbols.test(envelope.symbol()))
                .forEach(envelope -> waiting.add(codec.encode(envelope)));
        return new Slice(attributed.entries(symbols), waiting);
    }

    @SuppressWarnings("unchecked")
    public void restore(Slice slice) {
        attributed.putAll(slice.attributed());
        EventCodec<ExitSourceEvent> codec = TopicCatalog.EXIT_SOURCE.codec();
        for (byte[] bytes : slice.pending()) {
            if (codec.decode(bytes) instanceof DecodeResult.Valid<ExitSourceEvent> valid
                    && valid.envelope().payload() instanceof ExitAttributed exit) {
                pending.put(exit.executionId(), (EventEnvelope<ExitAttributed>) (EventEnvelope<?>) valid.envelope());
            } else {
                throw new IllegalArgumentException("a pending exit attribution in the snapshot does not decode");
            }
        }
    }

    public void reset() {
        attributed.clear();
        pending.clear();
    }
}
