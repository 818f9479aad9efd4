package com.tradesuite.buyer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.buyer.act.EntryDesk;
import com.tradesuite.buyer.api.BuyerStateView;
import com.tradesuite.buyer.config.BuyerSettings;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.entry.ReturnWindows;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.broker.AlpacaBrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The buyer's log adapter: its inputs (signals, orders, fills, cooldowns, market data, trading state) go to the {@link EntryDesk}. */
@ApplicationScoped
public class BuyerService implements EventSourcedService {

    private static final List<Topic<?>> INPUTS = List.of(TopicCatalog.SIGNALS, TopicCatalog.ORDERS,
            TopicCatalog.FILLS, TopicCatalog.COOLDOWNS, TopicCatalog.MARKET_DATA, TopicCatalog.TRADING_STATE);

    @Inject
    EventLog eventLog;

    @Inject
    BrokerClient brokerClient;

    @Inject
    BuyerSettings settings;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    private EntryDesk desk;

    @PostConstruct
    void createDesk() {
        desk = new EntryDesk(settings, new AlpacaBrokerPort(brokerClient), eventLog, source);
    }

    @Override
    public List<Topic<?>> inputs() {
        return INPUTS;
    }

    @Override
    public synchronized void onEvent(LoggedEvent event) {
        desk.onEvent(event);
    }

    @Override
    public synchronized void onReplayCompleted(Set<Integer> partitions) {
        desk.onReplayCompleted();
    }

    @Override
    public synchronized void onStateReset() {
        desk.onStateReset();
    }

    /** Positions, open orders, running cooldowns, today's P&L, market time and undecided signals, consistently. */
    @Override
    public synchronized BuyerStateView stateView() {
        return desk.view();
    }

    /** The folded state as of the last event (read-only snapshot). */
    public TradingState state() {
        return desk.state();
    }

    /** The correlation of two symbols' recent one-minute returns as the correlation cap sees it. */
    public synchronized ReturnWindows.Correlation correlation(String symbol, String other) {
        return desk.correlation(symbol, other);
    }

    /** Market time, empty before the first bar. */
    public Optional<Instant> marketTime() {
        return desk.marketTime();
    }
}
