package com.tradesuite.monitor.readmodel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.monitor.config.MonitorConfig;
import com.tradesuite.schemas.event.EventEnvelope;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The read model is off unless {@value MonitorConfig#READ_MODEL_URL} is set; bad settings stop startup naming the key.
 * When on, every fold step's rows go to the {@link ReadModelProjector}.
 */
@ApplicationScoped
public class ReadModel {

    /** Before topic provisioning (10), so bad settings stop startup before Kafka is touched; the log starts at 20. */
    static final int START_PRIORITY = 5;

    private static final Logger LOG = Logger.getLogger(ReadModel.class);

    @Inject
    MonitorConfig config;

    @Inject
    MeterRegistry registry;

    private volatile ReadModelProjector projector;
    // Touched by the log thread only (fold, stateReset).
    private PositionRows positionRows = PositionRows.empty();

    /** For CDI. */
    ReadModel() {
    }

    /** A read model outside CDI, writing through {@code projector} (null: off). */
    public ReadModel(ReadModelProjector projector) {
        this.projector = projector;
    }

    void onStart(@Observes @Priority(START_PRIORITY) StartupEvent event) {
        Optional<ReadModelSettings> settings = ReadModelSettings.from(config.readModel());
        if (settings.isEmpty()) {
            LOG.infof("Read model off (%s is empty)", MonitorConfig.READ_MODEL_URL);
            return;
        }
        ReadModelSettings on = settings.get();
        String target = on.safeUrl() + (on.user().isEmpty() ? "" : " as " + on.user());
        projector = new ReadModelProjector(new JdbcReadModelStore(on), target, registry, Clock.systemUTC(),
                on.maxRetryDelay());
        LOG.infof("Read model on: fills, exit sources, closed trades, positions, trades and daily summaries go to %s",
                target);
        // The migrations run at startup, while the log is replayed, not only once the replay's rows are ready.
        projector.connect();
    }

    void onStop(@Observes ShutdownEvent event) {
        ReadModelProjector current = projector;
        if (current != null) {
            current.close();
        }
    }

    /** Queues the rows one fold step adds (nothing when off). */
    public void fold(TradeLedger before, EventEnvelope<?> event, TradeLedger after, boolean replay) {
        ReadModelProjector current = projector;
        if (current != null) {
            PositionRows.Step step = positionRows.apply(before, event, after);
            positionRows = step.next();
            List<ReadModelRow> rows = ReadModelRows.of(before, event, after);
            if (!step.rows().isEmpty()) {
                rows = new ArrayList<>(rows);
                rows.addAll(step.rows());
            }
            current.accept(rows, replay);
        }
    }

    public void stateReset() {
        positionRows = PositionRows.empty();
        ReadModelProjector current = projector;
        if (current != null) {
            current.replayStarted();
        }
    }

    public void replayCompleted() {
        ReadModelProjector current = projector;
        if (current != null) {
            current.replayCompleted();
        }
    }

    public ReadModelStatus status() {
        ReadModelProjector current = projector;
        return current == null ? ReadModelStatus.off() : current.status();
    }
}
