package com.tradesuite.monitor.readmodel;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Folded rows are never dropped: queued, written by one background thread, retried with backoff while the DB is down.
 * During a replay rows go out in full batches (and the rest at its end); live rows go out at once.
 */
public final class ReadModelProjector implements AutoCloseable {

    /** Rows per transaction: a long replay goes out in a few round trips, not one per row. */
    static final int BATCH_SIZE = 500;
    static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    private final JdbcReadModelStore store;
    private final String target;
    private final Clock clock;
    private final Duration maxRetryDelay;
    private final ScheduledExecutorService writer;
    private final Map<ReadModelTable, Counter> rowsWritten = new EnumMap<>(ReadModelTable.class);

    // Guarded by this; the writer thread alone touches the store.
    private final PendingRows pending = new PendingRows();
    private boolean replaying = true;
    private long replayEnd;
    private boolean flushQueued;
    private boolean retryScheduled;
    private boolean closed;
    private int failures;
    private Instant failingSince;
    private String lastError;

    /**
     * @param target where the rows go, for log lines (no password)
     * @param clock tells when the database became unwritable, for the health data
     */
    public ReadModelProjector(JdbcReadModelStore store, String target, MeterRegistry registry, Clock clock,
                              Duration maxRetryDelay) {
        this.store = store;
        this.target = target;
        this.clock = clock;
        this.maxRetryDelay = maxRetryDelay;
        for (ReadModelTable table : ReadModelTable.values()) {
            rowsWritten.put(table, Counter.builder("tradesuite.readmodel.rows").tag("table", table.sqlName())
                    .description("rows upserted into the PostgreSQL read model (a replay writes them again)")
                    .register(registry));
        }
        Gauge.builder("tradesuite.readmodel.pending", this, ReadModelProjector::pendingRows)
                .description("rows folded but not yet committed to the PostgreSQL read model").register(registry);
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "monitor-read-model");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the rows of one folded event; a replayed event waits for a full batch or the end of the replay. */
    public synchronized void accept(List<ReadModelRow> rows, boolean replay) {
        rows.forEach(pending::add);
        if (!rows.isEmpty() && (!replay || pending.size() >= BATCH_SIZE)) {
            requestFlush();
        }
    }

    /** Connects (migrating the schema) now, before the replay's first full batch: a bad database shows at startup. */
    public synchronized void connect() {
        requestFlush();
    }

    /** The fold is being rebuilt from the log: not caught up until the replay's rows are committed. */
    public synchronized void replayStarted() {
        replaying = true;
    }

    /** The replay is folded: write everything it produced (and connect, so an empty log still creates the tables). */
    public synchronized void replayCompleted() {
        replaying = false;
        replayEnd = pending.lastSeq();
        requestFlush();
    }

    public synchronized ReadModelStatus status() {
        boolean caughtUp = !replaying && !pending.holdsAnyUpTo(replayEnd);
        boolean failing = failures > 0;
        String state = failing ? "failing" : replaying ? "replaying" : caughtUp ? "caught up" : "catching up";
        return new ReadModelStatus(true, caughtUp && !failing, state, pending.size(), failingSince, lastError);
    }

    public synchronized int pendingRows() {
        return pending.size();
    }

    @Override
    public void close() {
        int left;
        synchronized (this) {
            closed = true;
            left = pending.size();
        }
        writer.shutdownNow();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Read model: the writer did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        if (left > 0) {
            LOG.infof("Read model: %d rows were not written yet; the replay on the next start writes them", left);
        }
    }

    /** Exponential backoff: 250 ms, 500 ms, 1 s, ... capped at {@code max}. */
    static Duration retryDelay(int failures, Duration max) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private void requestFlush() {
        // While a retry is scheduled the rows wait for it: hammering a database that is down helps nobody.
        if (!flushQueued && !retryScheduled && !closed) {
            flushQueued = true;
            writer.execute(this::flush);
        }
    }

    private void flush() {
        synchronized (this) {
            flushQueued = false;
            retryScheduled = false;
        }
        try {
            store.open();
            List<PendingRows.Entry> batch;
            while (!(batch = nextBatch()).isEmpty()) {
                store.write(batch.stream().map(PendingRows.Entry::row).toList());
                written(batch);
            }
            recovered();
        } catch (SQLException | RuntimeException e) {
            store.close();
            failed(e);
        }
    }

    private synchronized List<PendingRows.Entry> nextBatch() {
        List<PendingRows.Entry> batch = pending.oldest(BATCH_SIZE);
        // During a replay only full batches go out; the rest waits for the replay's end.
        return replaying && batch.size() < BATCH_SIZE ? List.of() : batch;
    }

    private void written(List<PendingRows.Entry> batch) {
        synchronized (this) {
            pending.written(batch);
        }
        for (PendingRows.Entry entry : batch) {
            rowsWritten.get(entry.row().table()).increment();
        }
    }

    private synchronized void recovered() {
        if (failures > 0) {
            LOG.infof("Read model: %s is writable again after %d failed attempts; %d rows pending", target, failures,
                    pending.size());
        }
        failures = 0;
        failingSince = null;
        lastError = null;
    }

    private synchronized void failed(Exception e) {
        failures++;
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        Duration delay = retryDelay(failures, maxRetryDelay);
        if (failures == 1) {
            LOG.errorf("Read model: cannot write to %s (%s); keeping %d rows pending and retrying in %d ms, "
                    + "the report is not affected", target, lastError, pending.size(), delay.toMillis());
        } else {
            LOG.warnf("Read model: %s still unwritable after %d attempts (%s); %d rows pending, next try in %d ms",
                    target, failures, lastError, pending.size(), delay.toMillis());
        }
        if (!closed) {
            retryScheduled = true;
            writer.schedule(this::flush, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
