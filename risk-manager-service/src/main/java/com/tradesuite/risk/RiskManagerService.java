package com.tradesuite.risk;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.ws.TradeUpdateStream;
import com.tradesuite.domain.exit.FallbackExitRule;
import com.tradesuite.domain.exit.FlattenRule;
import com.tradesuite.domain.exit.HardStopRule;
import com.tradesuite.domain.mode.DailyLossLimitRule;
import com.tradesuite.domain.mode.MaxDrawdownRule;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionStatus;
import com.tradesuite.risk.act.DecisionJournal;
import com.tradesuite.risk.act.FlattenDesk;
import com.tradesuite.risk.act.LossLimitSchedule;
import com.tradesuite.risk.act.LossLimitWatch;
import com.tradesuite.risk.act.PlanExecutor;
import com.tradesuite.risk.act.ProtectionActor;
import com.tradesuite.risk.act.ProtectionGapMeter;
import com.tradesuite.risk.act.ProtectionStatusLine;
import com.tradesuite.risk.act.TradingStateDesk;
import com.tradesuite.risk.api.PositionProtection;
import com.tradesuite.risk.api.ProtectionReport;
import com.tradesuite.risk.api.RiskStateView;
import com.tradesuite.risk.api.TradingStateView;
import com.tradesuite.risk.config.RiskConfig;
import com.tradesuite.risk.decide.ExitMonitor;
import com.tradesuite.risk.decide.ProtectionText;
import com.tradesuite.risk.exit.ExitAttributor;
import com.tradesuite.risk.reconcile.BrokerReconciler;
import com.tradesuite.risk.reconcile.ReconciliationSchedule;
import com.tradesuite.risk.reconcile.ReconnectReconciles;
import com.tradesuite.risk.reconcile.TradingAccount;
import com.tradesuite.risk.state.RiskSnapshot;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.state.TradingModeFold;
import com.tradesuite.risk.watch.AccountWatcher;
import com.tradesuite.risk.watch.LogWatchContext;
import com.tradesuite.risk.watch.OwnedSymbols;
import com.tradesuite.risk.watch.TradeUpdateTranslator;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.config.TopicsConfig;
import com.tradesuite.service.broker.AlpacaBrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;
import com.tradesuite.service.log.OwnWrites;
import com.tradesuite.service.snapshot.PartitionSnapshots;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The account watcher and exit layers 1 and 3: broker trade updates become {@code orders}/{@code fills}, every
 * position-reducing fill gets its {@code exit-source} record, and every open position is kept protected (audit,
 * re-protect, fallback exit, emergency hard stop), and the log is reconciled with the broker's positions and open
 * orders at start, periodically and after every stream reconnect. Folds on the log thread; acts only on live events,
 * after replay.
 */
@ApplicationScoped
public class RiskManagerService implements EventSourcedService, PartitionSnapshots {

    private static final Logger LOG = Logger.getLogger(RiskManagerService.class);
    /** Before the log runtime's own shutdown observer (default priority, APPLICATION + 500). */
    private static final int DRAIN_BEFORE_LOG_CLOSES = Interceptor.Priority.APPLICATION;

    @Inject
    EventLog log;

    @Inject
    OwnWrites ownWrites;

    @Inject
    BrokerClient broker;

    @Inject
    RiskConfig config;

    @Inject
    TopicsConfig topics;

    @Inject
    EventPublisher publisher;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    private final RiskState state = new RiskState();
    private final TradingModeFold mode = new TradingModeFold();
    private TradingStateDesk tradingStateDesk;
    private LossLimitSchedule lossLimits;
    private final ExitAttributor attributor = new ExitAttributor();
    private ProtectionAudit audit;
    private ExitMonitor exits;
    private ProtectionActor actor;
    private ProtectionGapMeter gapMeter;
    private OwnedSymbols owned;
    private TradeUpdateStream stream;
    private volatile AccountWatcher watcher;
    private ReconciliationSchedule reconciliation;
    private RiskPartitionSnapshots snapshots;

    @PostConstruct
    void init() {
        owned = new OwnedSymbols(topics.partitions());
        RiskConfig.Protection protection = config.protection();
        audit = new ProtectionAudit(config.protectionPolicy());
        exits = new ExitMonitor(
                new FallbackExitRule(config.fallback().grace(), protection.replaceWindow()),
                new HardStopRule(config.hardStop().maxLossR(), config.hardStop().maxLossFraction(),
                        protection.grace()));
        DecisionJournal journal = DecisionJournal.toDecisionLog();
        // Protective orders go through the client's protective lane: its rate-limit reserve keeps stops placeable.
        PlanExecutor executor = new PlanExecutor(log, new AlpacaBrokerPort(broker.protectiveTrading()), state,
                journal, config.cancel().timeout());
        gapMeter = new ProtectionGapMeter(Clock.systemUTC(), Metrics.globalRegistry);
        FlattenDesk flatten = new FlattenDesk(mode::current, new FlattenRule(protection.grace()), executor, journal,
                ownWrites::awaits);
        actor = new ProtectionActor(state, ownWrites::awaits, audit, exits, executor, journal,
                gapMeter, ProtectionStatusLine.toLog(audit), flatten, config.audit().interval(),
                config.audit().debounce());
        BrokerReconciler reconciler = new BrokerReconciler(state, new TradingAccount(broker.trading()), log,
                () -> watcher, owned, journal, config.reconcile().confirmDelay(), Metrics.globalRegistry);
        reconciliation = new ReconciliationSchedule(reconciler, actor::isActive, config.reconcile().interval());
        Metrics.gauge("tradesuite.protection.reprotect.backoff.positions", actor, ProtectionActor::positionsInBackoff);
        snapshots = new RiskPartitionSnapshots(state, attributor, exits, mode, owned::partitionOf);
        tradingStateDesk = new TradingStateDesk(publisher, mode, source);
        LossLimitWatch watch = new LossLimitWatch(new AlpacaBrokerPort(broker.trading()), tradingStateDesk,
                state::marketTime,
                // One instance applies the account-wide rules: the owner of partition 0, once it acts.
                () -> actor.isActive() && owned.partitions().contains(0),
                new DailyLossLimitRule(config.lossLimits().dailyLossPercent()),
                new MaxDrawdownRule(config.lossLimits().maxDrawdownPercent()));
        // Each bar of market time checks; the wall-clock timer only when no bar came (ADR 0005).
        lossLimits = new LossLimitSchedule(watch::check, config.lossLimits().interval(), Clock.systemUTC());
        lossLimits.start();
        Metrics.gauge("tradesuite.protection.unprotected.positions", this,
                RiskManagerService::unprotectedPositions);
    }

    @Override
    public List<Topic<?>> inputs() {
        return List.of(TopicCatalog.MARKET_DATA, TopicCatalog.ORDERS, TopicCatalog.FILLS, TopicCatalog.EXIT_SOURCE,
                TopicCatalog.TRADING_STATE);
    }

    @Override
    public void onEvent(LoggedEvent event) {
        EventEnvelope<?> envelope = event.envelope();
        Object payload = envelope.payload();
        if (payload instanceof TradingStateEvent stateEvent) {
            // Account-wide, one copy per partition: not a symbol's event, so not part of the risk fold.
            mode.fold(stateEvent);
            if (!event.replay() && stateEvent instanceof TradingStateChanged change && change.flatten()) {
                // The flatten-all runs in the audit of this instance's own positions; start it now.
                actor.requestAudit();
            }
            return;
        }
        if (payload instanceof OrderFilled fill) {
            attributor.beforeFold(envelope, fill, state);
        } else if (payload instanceof PositionReconciled reconciled) {
            attributor.beforeFold(envelope, reconciled, state);
        } else if (payload instanceof ExitAttributed) {
            attributor.onAttributed(envelope);
        }
        state.apply(envelope);
        if (event.replay()) {
            return;
        }
        if (payload instanceof FillEvent) {
            attributor.publishPending(log);
        }
        if (payload instanceof BarClosed) {
            state.barTime().ifPresent(lossLimits::barClosed);
            if (state.position(envelope.symbol()).isOpen()) {
                actor.barClosed(envelope.symbol());
            }
        } else if (event.topic().equals(TopicCatalog.ORDERS.name()) || event.topic().equals(TopicCatalog.FILLS.name())) {
            actor.requestAudit();
        }
    }

    @Override
    public void onReplayCompleted(Set<Integer> assigned) {
        owned.assign(assigned);
        if (attributor.pendingCount() > 0) {
            LOG.infof("publishing %d exit attributions the log still lacked", attributor.pendingCount());
        }
        attributor.publishPending(log);
        startWatcher();
    }

    @Override
    public void onStateReset() {
        // A rebalance: stop acting and appending until the new partitions are folded and caught up.
        owned.revoke();
        actor.pause();
        state.reset();
        mode.reset();
        lossLimits.reset();
        attributor.reset();
        exits.reset();
    }

    @Override
    public int foldVersion() {
        return snapshots.foldVersion();
    }

    @Override
    public Serializable slice(int partition) {
        return snapshots.slice(partition);
    }

    @Override
    public void restore(int partition, Serializable slice) {
        snapshots.restore(partition, slice);
    }

    /**
     * After every (re)assignment a fresh trade-update stream catches up for exactly the partitions now owned: from
     * where their logs end, and every order they hold as open. The actor acts again once that catch-up is done.
     */
    private synchronized void startWatcher() {
        if (stream != null) {
            stream.close();
        }
        watcher = new AccountWatcher(new TradeUpdateTranslator(),
                new LogWatchContext(state, broker.trading()), state, log, actor::requestAudit, () -> {
                    actor.activate();
                    reconciliation.start();
                }, owned);
        Instant catchUpFrom = state.catchUpPoint(owned::partitionOf).orElse(null);
        List<String> openOrders = state.openBrokerOrderIds();
        LOG.infof("account watcher starting for partitions %s; catch-up from %s and %d orders the log holds open",
                owned.partitions().stream().sorted().toList(), catchUpFrom, openOrders.size());
        stream = broker.tradeUpdates(new ReconnectReconciles(watcher, reconciliation), catchUpFrom, openOrders);
        stream.start();
    }

    /** Audits and bar checks the log asked for that the acting thread has not finished (plans included). */
    @Override
    public long pendingWork() {
        return actor.pendingWork() + lossLimits.pendingWork();
    }

    /** Market time, positions, open orders, today's P&L and each position's protection, from the folded log. */
    @Override
    public RiskStateView stateView() {
        return RiskStateView.of(state.snapshot(), audit);
    }

    /** Open positions (of the owned partitions) without a live stop covering them now: the protection-gap gauge. */
    public long unprotectedPositions() {
        RiskSnapshot snapshot = state.snapshot();
        return snapshot.trading().positions().openPositions().stream()
                .filter(position -> !audit.status(position, snapshot.trading().orders()).isProtected()).count();
    }

    /** Every open position's protection and the summary line, from the folded log. */
    public TradingStateView tradingStateView() {
        return TradingStateView.of(mode.current(), tradingStateTime());
    }

    /**
     * Appends an operator's change to every partition of {@code trading-state}; answers the state it leads to.
     * {@code flatten} (HALTED only) also closes every open position: each instance its own partitions' positions.
     */
    public TradingStateView operatorChange(TradingStatus status, String reason, boolean flatten) {
        Instant now = Instant.now();
        return TradingStateView.of(tradingStateDesk.operatorChange(status, reason, flatten, now),
                tradingStateTime());
    }

    /** Market time, or the wall clock before any bar or broker fact (only to show which latch is running). */
    private Instant tradingStateTime() {
        Instant marketTime = state.marketTime();
        return marketTime != null ? marketTime : Instant.now();
    }

    public ProtectionReport report() {
        RiskSnapshot snapshot = state.snapshot();
        List<PositionProtection> rows = snapshot.trading().positions().openPositions().stream()
                .map(position -> row(position, snapshot)).toList();
        String summary = ProtectionStatusLine.summary(snapshot, audit);
        return new ProtectionReport(summary, actor.isActive(), rows);
    }

    private PositionProtection row(Position position, RiskSnapshot snapshot) {
        ProtectionStatus status = audit.status(position, snapshot.trading().orders());
        return new PositionProtection(position.symbol(), position.qty(), status.isProtected(),
                ProtectionText.describe(status));
    }

    /**
     * Before the log runtime closes the consumer and the publisher (its shutdown observer runs later): the plan in
     * flight must still be able to append its intents.
     */
    void drainOnShutdown(@Observes @Priority(DRAIN_BEFORE_LOG_CLOSES) ShutdownEvent event) {
        actor.drain(config.shutdown().timeout());
    }

    @PreDestroy
    void close() {
        lossLimits.close();
        reconciliation.close();
        synchronized (this) {
            if (stream != null) {
                stream.close();
            }
        }
        actor.close();
    }
}
