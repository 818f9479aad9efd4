package com.tradesuite.risk.act;

import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.ProtectionAssessment;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPlan;
import com.tradesuite.risk.decide.AuditStep;
import com.tradesuite.risk.decide.BarVerdict;
import com.tradesuite.risk.decide.ExitMonitor;
import com.tradesuite.risk.state.RiskSnapshot;
import com.tradesuite.risk.state.RiskState;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

/**
 * Layer 3's single acting thread: audits every open position's protection on a timer and after order/fill events,
 * checks the hard stop and fallback on each closed bar, and carries out the plans one at a time (so two decisions
 * never race). Inactive until the account watcher has caught up with the broker: it never acts on a stale log.
 */
public final class ProtectionActor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProtectionActor.class);

    private final RiskState state;
    private final Predicate<String> awaitingOwnWrites;
    private final ProtectionAudit audit;
    private final ExitMonitor exits;
    private final PlanExecutor executor;
    private final DecisionJournal journal;
    private final ProtectionGapMeter gaps;
    private final ProtectionStatusLine statusLine;
    private final FlattenDesk flatten;
    private final Duration interval;
    private final Duration debounce;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "risk-actor");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean active = new AtomicBoolean();
    private final AtomicBoolean timerStarted = new AtomicBoolean();
    private final AtomicBoolean auditQueued = new AtomicBoolean();
    /** Positions whose re-protections the broker keeps refusing: the alert gauge. */
    private final Set<String> backingOff = ConcurrentHashMap.newKeySet();
    /** Audits and bar checks asked for by log events and not finished yet (the timer's audits are not counted). */
    private final AtomicInteger pending = new AtomicInteger();

    /**
     * @param awaitingOwnWrites true for a symbol with an append of this instance not folded back yet (the runtime's
     *     {@code OwnWrites::awaits}): its state lacks the last plan's events, so it is not acted on
     */
    public ProtectionActor(RiskState state, Predicate<String> awaitingOwnWrites, ProtectionAudit audit,
                           ExitMonitor exits, PlanExecutor executor, DecisionJournal journal, ProtectionGapMeter gaps,
                           ProtectionStatusLine statusLine, Duration interval, Duration debounce) {
        this(state, awaitingOwnWrites, audit, exits, executor, journal, gaps, statusLine, FlattenDesk.none(), interval,
                debounce);
    }

    /** @param flatten takes a position over from the audit while an operator's flatten-all is in force */
    public ProtectionActor(RiskState state, Predicate<String> awaitingOwnWrites, ProtectionAudit audit,
                           ExitMonitor exits, PlanExecutor executor, DecisionJournal journal, ProtectionGapMeter gaps,
                           ProtectionStatusLine statusLine, FlattenDesk flatten, Duration interval,
                           Duration debounce) {
        this.flatten = flatten;
        this.state = state;
        this.awaitingOwnWrites = awaitingOwnWrites;
        this.gaps = gaps;
        this.statusLine = statusLine;
        this.audit = audit;
        this.exits = exits;
        this.executor = executor;
        this.journal = journal;
        this.interval = interval;
        this.debounce = debounce;
    }

    /** Starts (or resumes) the timer; from now on events trigger audits too. Idempotent. */
    public void activate() {
        active.set(true);
        if (timerStarted.compareAndSet(false, true)) {
            thread.scheduleWithFixedDelay(whenActive(this::auditAll), 0, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops acting until {@link #activate()}: the state is being rebuilt (a rebalance) and the account watcher has
     * not caught up with the broker for the new partitions, so a half-folded log must not look unprotected.
     */
    public void pause() {
        active.set(false);
        gaps.reset();
        statusLine.reset();
    }

    private Runnable whenActive(Runnable work) {
        return () -> {
            if (active.get()) {
                work.run();
            }
        };
    }

    /** Open positions waiting out a backoff after refused re-protections (an operator should look). */
    public int positionsInBackoff() {
        return backingOff.size();
    }

    public boolean isActive() {
        return active.get();
    }

    /** An order or fill changed something: audit shortly (coalesced, so a burst of events is one audit). */
    public void requestAudit() {
        if (active.get() && auditQueued.compareAndSet(false, true)) {
            pending.incrementAndGet();
            thread.schedule(counted(() -> {
                auditQueued.set(false);
                whenActive(this::auditAll).run();
            }), debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A bar closed for a symbol with an open position. */
    public void barClosed(String symbol) {
        if (active.get()) {
            pending.incrementAndGet();
            thread.execute(counted(whenActive(() -> checkBar(symbol))));
        }
    }

    /** Audits and bar checks that log events asked for and that have not finished yet (plans included). */
    public int pendingWork() {
        return pending.get();
    }

    private Runnable counted(Runnable work) {
        return () -> {
            try {
                work.run();
            } finally {
                pending.decrementAndGet();
            }
        };
    }

    /** Audits every open position now, on the calling thread. */
    void auditAll() {
        try {
            RiskSnapshot snapshot = state.snapshot();
            if (snapshot.now() == null) {
                return;
            }
            Set<String> open = new HashSet<>();
            for (Position position : snapshot.trading().positions().openPositions()) {
                open.add(position.symbol());
                if (!flatten.takesOver(position, snapshot, correlationOf(position))) {
                    auditOne(position, snapshot);
                }
            }
            flatten.cancelStrayEntries(snapshot);
            gaps.retainOpen(open);
            backingOff.retainAll(open);
            // The verdicts this cycle acted on; a plan's result shows in the next cycle's line.
            statusLine.afterAudit(snapshot);
        } catch (RuntimeException e) {
            // The timer must survive any one bad decision.
            LOG.errorf(e, "protection audit failed: %s", e.getMessage());
        }
    }

    /** Runs the hard stop and fallback for the symbol's newest bar now, on the calling thread. */
    void checkBar(String symbol) {
        try {
            RiskSnapshot snapshot = state.snapshot();
            Position position = snapshot.trading().positions().position(symbol);
            Optional<BigDecimal> close = snapshot.lastPrice(symbol);
            if (!position.isOpen() || close.isEmpty() || snapshot.now() == null) {
                return;
            }
            BarVerdict verdict = exits.onBar(position, snapshot.trading().orders(), close.get(), snapshot.now());
            String correlationId = correlationOf(position);
            if (verdict.exit().isEmpty()) {
                journal.verdict(verdict.decision(), symbol, correlationId, verdict.reason());
                return;
            }
            journal.decision(verdict.decision(), symbol, correlationId, verdict.reason());
            executor.exitAtMarket(symbol, verdict.exit().get(), correlationId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "bar check of %s failed: %s", symbol, e.getMessage());
        }
    }

    private void auditOne(Position position, RiskSnapshot snapshot) {
        String symbol = position.symbol();
        ProtectionAssessment assessment = audit.assess(position, snapshot.trading().orders(), snapshot.now(),
                snapshot.lastPrice(symbol).orElse(null));
        String correlationId = correlationOf(position);
        gaps.observe(symbol, assessment.status().isProtected());
        AuditStep step = AuditStep.of(assessment, awaitingOwnWrites.test(symbol));
        if (!step.heldBack()) {
            if (step.plan() instanceof ProtectionPlan.Backoff) {
                backingOff.add(symbol);
            } else {
                backingOff.remove(symbol);
            }
        }
        if (!step.acts()) {
            journal.verdict(step.decision(), symbol, correlationId, step.reason());
            return;
        }
        journal.decision(step.decision(), symbol, correlationId, step.reason());
        if (step.plan() instanceof ProtectionPlan.Reprotect reprotect) {
            executor.reprotect(symbol, reprotect.cancelBrokerOrderIds(), reprotect.oco(), correlationId);
        } else if (step.plan() instanceof ProtectionPlan.CancelConflicting conflict) {
            executor.cancelConflicting(symbol, conflict.cancelBrokerOrderIds(), conflict.reason(), correlationId);
        } else if (step.plan() instanceof ProtectionPlan.ExitNow exitNow) {
            executor.exitAtMarket(symbol, exitNow.exit(), correlationId);
        }
    }

    /** The trade's correlation id: the one the entry that opened the position was recorded with. */
    private String correlationOf(Position position) {
        return position.entryClientOrderId() == null ? null
                : state.correlations().lookup(position.entryClientOrderId(), null, null).orElse(null);
    }

    /**
     * Stops for a shutdown: no new audit or bar check starts, the plan in flight (cancel, then protect) gets up to
     * {@code timeout} to finish, so a stopping instance does not leave shares it was re-protecting unprotected.
     * Returns false if the plan was cut off (the next owner's audit completes it).
     */
    public boolean drain(Duration timeout) {
        active.set(false);
        thread.shutdown();
        try {
            if (thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warnf("a protection plan was still running after %d ms; the next owner's audit completes it",
                timeout.toMillis());
        thread.shutdownNow();
        return false;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
