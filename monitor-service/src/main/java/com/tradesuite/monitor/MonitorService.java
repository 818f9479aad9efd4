package com.tradesuite.monitor;

import java.util.List;
import java.util.Set;

import com.tradesuite.monitor.api.MonitorStateView;
import com.tradesuite.monitor.readmodel.ReadModel;
import com.tradesuite.monitor.state.MonitorState;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.monitor.state.TradingStateSeen;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The monitor folds {@code orders}, {@code fills} and {@code exit-source} into one immutable state, and
 * {@code trading-state} into the trading state it shows; it only reports
 * (it never calls the broker and never writes to Kafka), so live events are folded exactly like replayed ones; each
 * fold step also feeds the optional PostgreSQL read model.
 */
@ApplicationScoped
public class MonitorService implements EventSourcedService {

    private final ReadModel readModel;
    private volatile MonitorState state = MonitorState.empty();
    private volatile TradingStateSeen tradingState = TradingStateSeen.initial();

    @Inject
    public MonitorService(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public List<Topic<?>> inputs() {
        return List.of(TopicCatalog.ORDERS, TopicCatalog.FILLS, TopicCatalog.EXIT_SOURCE,
                TopicCatalog.TRADING_STATE);
    }

    @Override
    public void onEvent(LoggedEvent event) {
        tradingState = tradingState.apply(event.envelope());
        if (event.envelope().payload() instanceof TradingStateEvent) {
            // Account-wide, one copy per partition: shown as it is, not part of the trade ledger.
            return;
        }
        MonitorState before = state;
        MonitorState after = before.apply(event.envelope());
        state = after;
        readModel.fold(before.ledger(), event.envelope(), after.ledger(), event.replay());
    }

    @Override
    public void onReplayCompleted(Set<Integer> partitions) {
        state = state.replayCompleted();
        readModel.replayCompleted();
    }

    @Override
    public void onStateReset() {
        state = MonitorState.empty();
        tradingState = TradingStateSeen.initial();
        readModel.stateReset();
    }

    /** Open positions and orders, closed trades and realised P&L, from one consistent snapshot. */
    @Override
    public MonitorStateView stateView() {
        return MonitorStateView.of(state, tradingState);
    }

    /** The trading state folded from {@code trading-state}, at the newest log time. */
    public TradingStateSeen tradingState() {
        return tradingState;
    }

    /** The latest folded state: one consistent snapshot (the state is immutable). */
    public MonitorState state() {
        return state;
    }
}
