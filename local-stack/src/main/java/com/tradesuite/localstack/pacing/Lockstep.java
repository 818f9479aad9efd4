package com.tradesuite.localstack.pacing;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.tradesuite.paperexchange.PaperExchangeServer;

/**
 * One bar at a time, as fast as the suite follows: before each bar (and after the last) it observes the suite until
 * the {@link LockstepGate} releases, so what the suite does with a bar never depends on how fast the machine is.
 */
public final class Lockstep implements ClockPacer {

    /** One simulated minute bar. */
    public static final Duration BAR = Duration.ofMinutes(1);
    private static final long RECHECK_NANOS = 2_000_000;
    private static final int FALLBACKS_KEPT = 20;

    private final Supplier<SuiteObservation> probe;
    private final LockstepGate gate;
    private final PrintStream out;
    private long bars;
    private long fallbackSteps;
    private long advancingNanos;
    private long waitingNanos;
    private long observingNanos;
    private long observations;
    private final Map<String, Long> waitedForNanos = new LinkedHashMap<>();
    private final List<String> fallbackReasons = new ArrayList<>();
    private SuiteObservation last;

    /**
     * @param probe gathers one observation of the suite (e.g. {@link SuiteProbe#observe})
     * @param out where a fallback step is reported as it happens
     */
    public Lockstep(Supplier<SuiteObservation> probe, LockstepGate gate, PrintStream out) {
        this.probe = probe;
        this.gate = gate;
        this.out = out;
    }

    @Override
    public void step(PaperExchangeServer exchange, Duration remaining) {
        awaitRelease(exchange);
        long started = System.nanoTime();
        exchange.advance(remaining.compareTo(BAR) < 0 ? remaining : BAR);
        advancingNanos += System.nanoTime() - started;
        bars++;
    }

    @Override
    public void finish(PaperExchangeServer exchange) {
        awaitRelease(exchange);
    }

    /** Bars so far, fallback steps and where the time went. */
    public synchronized LockstepStats stats() {
        Map<String, Duration> waited = new LinkedHashMap<>();
        waitedForNanos.forEach((kind, nanos) -> waited.put(kind, Duration.ofNanos(nanos)));
        return new LockstepStats(bars, fallbackSteps, Duration.ofNanos(advancingNanos), Duration.ofNanos(waitingNanos),
                Duration.ofNanos(observingNanos), observations, waited, fallbackReasons);
    }

    /** The last observation taken (null before the first step). */
    public SuiteObservation lastObservation() {
        return last;
    }

    private synchronized void awaitRelease(PaperExchangeServer exchange) {
        long started = System.nanoTime();
        long previous = started;
        List<String> previousBlockers = List.of();
        while (true) {
            long observeStarted = System.nanoTime();
            SuiteObservation observation = probe.get();
            long now = System.nanoTime();
            observingNanos += now - observeStarted;
            observations++;
            for (String blocker : previousBlockers) {
                waitedForNanos.merge(kind(blocker), now - previous, Long::sum);
            }
            last = observation;
            GateVerdict verdict = gate.decide(observation, Duration.ofNanos(now - started));
            if (verdict.releases()) {
                if (verdict.decision() == GateVerdict.Decision.FALLBACK) {
                    fallbackSteps++;
                    String reason = exchange.now() + ": " + String.join(", ", verdict.blockers());
                    if (fallbackReasons.size() < FALLBACKS_KEPT) {
                        fallbackReasons.add(reason);
                    }
                    out.printf("  lockstep fallback step after %d s at %s%n", gate.deadline().toSeconds(), reason);
                }
                waitingNanos += System.nanoTime() - started;
                return;
            }
            previous = now;
            previousBlockers = verdict.blockers();
            Pause.nanos(RECHECK_NANOS, "lockstep wait interrupted");
        }
    }

    /** A blocker without its count: "seller-service lag 3" and "seller-service lag 1" are one kind. */
    static String kind(String blocker) {
        return blocker.replaceAll("\\b\\d+\\b", "N").replaceAll("\\s+N$", "");
    }
}
