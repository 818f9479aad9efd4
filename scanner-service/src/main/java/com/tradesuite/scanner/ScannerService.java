package com.tradesuite.scanner;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.tradesuite.bars.BarFileReader;
import com.tradesuite.bars.BarFiles;
import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.scanner.act.ScannerEngine;
import com.tradesuite.scanner.api.ScannerStateView;
import com.tradesuite.scanner.config.ScannerConfig;
import com.tradesuite.scanner.config.ScannerSetup;
import com.tradesuite.scanner.source.AlpacaBarSource;
import com.tradesuite.scanner.source.BarSource;
import com.tradesuite.scanner.source.CsvBarSource;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.InvalidConfigException;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The scanner service: folds {@code market-data} to resume and warm up, then polls the bar source every poll
 * interval, publishing each new bar once and an entry signal for each live breakout.
 */
@ApplicationScoped
public class ScannerService implements EventSourcedService {

    private static final Logger LOG = Logger.getLogger(ScannerService.class);

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    ScannerConfig config;

    @Inject
    EventLog log;

    @Inject
    Instance<BrokerClient> broker;

    private volatile ScannerEngine engine;
    private ScheduledExecutorService timer;
    private boolean failing;
    private volatile String sourceRefusal;

    /** Validates the configuration before topics and the log start, so bad config stops startup naming the key. */
    void onStart(@Observes @Priority(5) StartupEvent event) {
        engine();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scanner-poll");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::pollOnce, interval, interval, TimeUnit.MILLISECONDS);
        LOG.infof("scanner polling %s every %s for %s", engine.sourceName(), config.pollInterval(),
                ScannerSetup.symbols(config));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public List<Topic<?>> inputs() {
        return List.of(TopicCatalog.MARKET_DATA);
    }

    @Override
    public void onEvent(LoggedEvent event) {
        engine().onEvent(event);
    }

    @Override
    public void onReplayCompleted(Set<Integer> partitions) {
        engine().onReplayCompleted();
    }

    @Override
    public void onStateReset() {
        engine().onStateReset();
    }

    /** Where polling resumes per symbol. */
    @Override
    public ScannerStateView stateView() {
        return engine().view();
    }

    private void pollOnce() {
        try {
            engine().poll();
            sourceRefusal = null;
            if (failing) {
                LOG.info("market-data source answers again");
                failing = false;
            }
        } catch (BrokerException e) {
            if (e.httpStatus() == 400 || e.httpStatus() == 422) {
                sourceRefusal = "HTTP " + e.httpStatus() + ": " + e.getMessage() + " (symbols "
                        + ScannerSetup.symbols(config) + ", " + ScannerConfig.SYMBOLS + ")";
            }
            logFailure(e);
        } catch (RuntimeException e) {
            logFailure(e);
        }
    }

    /** Why the market-data source refused the last poll as invalid (a symbol it does not know), if it did. */
    public Optional<String> sourceRefusal() {
        return Optional.ofNullable(sourceRefusal);
    }

    private void logFailure(RuntimeException e) {
        // Transient: the same bars are fetched again next poll. Logged once per outage.
        if (!failing) {
            LOG.warnf("polling market data failed, retrying every poll: %s", e.toString());
            failing = true;
        }
    }

    private synchronized ScannerEngine engine() {
        if (engine == null) {
            engine = new ScannerEngine(ScannerSetup.symbols(config), ScannerSetup.momentum(config),
                    ScannerSetup.regime(config), ScannerSetup.exitSignals(config), ScannerSetup.timeframe(config),
                    source(), log, serviceName, Clock.systemUTC());
        }
        return engine;
    }

    private BarSource source() {
        List<Path> csvFiles = ScannerSetup.csvFiles(config);
        if (!csvFiles.isEmpty()) {
            try {
                BarFiles files = BarFileReader.read(csvFiles, ScannerSetup.csvFormat(config));
                if (files.badRowCount() > 0) {
                    LOG.warnf("%d bad rows in %s skipped (%s); the first %d go to dead-letter", files.badRowCount(),
                            csvFiles, ScannerConfig.CSV_SKIP_BAD_ROWS, files.badRows().size());
                }
                return CsvBarSource.of(files);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new InvalidConfigException(ScannerConfig.CSV_FILE, e.getMessage());
            }
        }
        return new AlpacaBarSource(broker.get(), ScannerSetup.timeframe(config), config.backfill(),
                config.warmUpBars(), config.feed().map(String::strip).orElse(null));
    }
}
