package com.tradesuite.service;

import java.util.Optional;

import org.jboss.logging.Logger;

import com.tradesuite.domain.FoldRefusal;
import com.tradesuite.schemas.event.EventEnvelope;

import io.micrometer.core.instrument.Metrics;

/**
 * An event the fold refused is never dropped silently: it is logged with its event id and counted in
 * {@code tradesuite_fold_refused_total{reason=...}} (illegal_transition, unknown_order, duplicate_intent).
 */
public final class FoldRefusals {

    private static final Logger LOG = Logger.getLogger("tradesuite.fold");
    static final String REFUSED = "tradesuite.fold.refused";

    private FoldRefusals() {
    }

    /** Reports the refusal, if the fold made one. */
    public static void report(EventEnvelope<?> envelope, Optional<FoldRefusal> refusal) {
        refusal.ifPresent(refused -> report(envelope, refused));
    }

    public static void report(EventEnvelope<?> envelope, FoldRefusal refusal) {
        Metrics.counter(REFUSED, "reason", refusal.reason().label()).increment();
        LOG.warnf("fold refused %s %s for %s (reason=%s): %s", envelope.type(), envelope.eventId(), envelope.symbol(),
                refusal.reason().label(), refusal.detail());
    }
}
