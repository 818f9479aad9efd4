package com.tradesuite.bench.log;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A seeded, realistic event log over many symbols, of complete round trips only: at least {@code targetEvents}
 * events (the last round trips started are finished, so a little more). Emitted in waves: each wave holds, for every
 * symbol still trading, its next run of events bound for one topic. A writer that lets the broker's clock tick
 * between waves gets log-append times that merge back into each symbol's causal order, as the services' replay
 * needs (it merges topics by append time).
 */
public final class LogGenerator implements Iterator<LogEvent> {

    /** Trading starts on a Monday at the New York open. */
    public static final Instant START = Instant.parse("2026-11-02T14:30:00Z");

    private static final int MAX_RUN = 16;

    private final List<SymbolTrader> traders = new ArrayList<>();
    private final List<Deque<LogEvent>> queues = new ArrayList<>();
    private final long targetEvents;
    private long planned;
    private long roundTrips;
    private Iterator<LogEvent> currentWave = Collections.emptyIterator();

    public LogGenerator(long seed, int symbols, long targetEvents) {
        this.targetEvents = targetEvents;
        List<String> names = SymbolNames.of(symbols, seed);
        for (int i = 0; i < names.size(); i++) {
            traders.add(new SymbolTrader(names.get(i), seed * 1_000_003L + i, START));
            queues.add(new ArrayDeque<>());
        }
    }

    /** The next wave (empty when the log is complete). */
    public List<LogEvent> nextWave() {
        List<LogEvent> wave = new ArrayList<>();
        for (int i = 0; i < traders.size(); i++) {
            Deque<LogEvent> queue = queues.get(i);
            if (queue.isEmpty() && planned < targetEvents) {
                List<LogEvent> trip = traders.get(i).nextRoundTrip();
                queue.addAll(trip);
                planned += trip.size();
                roundTrips++;
            }
            takeRun(queue, wave);
        }
        return wave;
    }

    @Override
    public boolean hasNext() {
        while (!currentWave.hasNext()) {
            List<LogEvent> wave = nextWave();
            if (wave.isEmpty()) {
                return false;
            }
            currentWave = wave.iterator();
        }
        return true;
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the log is complete");
        }
        return currentWave.next();
    }

    /** Events of the round trips started so far (the log's final size once it is complete). */
    public long plannedEvents() {
        return planned;
    }

    public long roundTrips() {
        return roundTrips;
    }

    public List<String> symbols() {
        return traders.stream().map(SymbolTrader::symbol).toList();
    }

    private static void takeRun(Deque<LogEvent> queue, List<LogEvent> wave) {
        LogEvent first = queue.pollFirst();
        if (first == null) {
            return;
        }
        wave.add(first);
        int taken = 1;
        while (taken < MAX_RUN && !queue.isEmpty() && queue.peekFirst().topic().equals(first.topic())) {
            wave.add(queue.pollFirst());
            taken++;
        }
    }
}
