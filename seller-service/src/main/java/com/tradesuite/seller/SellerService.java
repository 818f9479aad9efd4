package com.tradesuite.seller;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.act.SellerCore;
import com.tradesuite.seller.api.SellerStateView;
import com.tradesuite.seller.config.PartialProfitSettings;
import com.tradesuite.seller.config.SellerExitSettings;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.decide.TrailPlanner;
import com.tradesuite.service.config.TopicsConfig;
import com.tradesuite.service.broker.AlpacaBrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;
import com.tradesuite.service.snapshot.PartitionSnapshots;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Layer 2 exits: folds market data, orders, fills, cooldowns, exit attributions and the trading state; takes partial
 * profits, trails open positions' stops and starts a cooldown after each losing exit (see {@link SellerCore}).
 */
@ApplicationScoped
public class SellerService implements EventSourcedService, PartitionSnapshots {

    @Inject
    EventLog log;

    @Inject
    BrokerClient broker;

    @Inject
    SellerSettings settings;

    @Inject
    SellerExitSettings exitSettings;

    @Inject
    PartialProfitSettings partialSettings;

    @Inject
    TopicsConfig topics;

    private SellerCore core;
    private SellerPartitionSnapshots snapshots;

    @PostConstruct
    void init() {
        core = new SellerCore(settings, exitSettings, partialSettings, log, new AlpacaBrokerPort(broker));
        snapshots = new SellerPartitionSnapshots(core::state, core::partials, symbol -> SymbolPartitioner.partitionOf(symbol,
                topics.partitions()));
    }

    @Override
    public List<Topic<?>> inputs() {
        return List.of(TopicCatalog.MARKET_DATA, TopicCatalog.ORDERS, TopicCatalog.FILLS, TopicCatalog.COOLDOWNS,
                TopicCatalog.EXIT_SOURCE, TopicCatalog.SIGNALS, TopicCatalog.TRADING_STATE);
    }

    @Override
    public synchronized void onEvent(LoggedEvent event) {
        core.onEvent(event);
    }

    @Override
    public synchronized void onStateReset() {
        core.reset();
    }

    @Override
    public synchronized void onReplayCompleted(Set<Integer> partitions) {
        core.onReplayCompleted();
    }

    @Override
    public int foldVersion() {
        return snapshots.foldVersion();
    }

    @Override
    public synchronized Serializable slice(int partition) {
        return snapshots.slice(partition);
    }

    @Override
    public synchronized void restore(int partition, Serializable slice) {
        snapshots.restore(partition, slice);
    }

    /** Market time, positions, open orders, running cooldowns, today's P&L and uncooled losses, consistently. */
    @Override
    public synchronized SellerStateView stateView() {
        return SellerStateView.of(core.state());
    }

    /** The stop the seller would trail for the symbol now (read-only view for probes and tests). */
    public synchronized Optional<TrackedOrder> liveStop(String symbol) {
        return TrailPlanner.liveStop(core.state().trading().orders(), symbol);
    }

    /** The end of the newest bar folded (read-only view for probes and tests). */
    public synchronized Optional<Instant> marketTime() {
        return core.state().marketTime();
    }
}
