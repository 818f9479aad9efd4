package com.tradesuite.risk;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import com.tradesuite.domain.exit.FallbackExitRule;
import com.tradesuite.domain.exit.HardStopRule;
import com.tradesuite.risk.decide.ExitMonitor;
import com.tradesuite.risk.exit.ExitAttributor;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.state.TradingModeFold;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.service.log.LogHandler;
import com.tradesuite.service.log.LoggedEvent;

/** The risk manager's fold (state, exit attributions, breaches) behind the log consumer, acting on nothing. */
final class RiskFoldUnderTest implements LogHandler {

    final RiskState state = new RiskState();
    final ExitAttributor attributor = new ExitAttributor();
    final ExitMonitor exits = new ExitMonitor(new FallbackExitRule(Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new HardStopRule(new BigDecimal("2"), new BigDecimal("0.1"), Duration.ofSeconds(5)));
    /** Its snapshots, as the risk manager takes them. */
    final RiskPartitionSnapshots snapshots;
    private volatile Set<Integer> partitions = Set.of();

    RiskFoldUnderTest(int partitionCount) {
        snapshots = new RiskPartitionSnapshots(state, attributor, exits, new TradingModeFold(),
                symbol -> SymbolPartitioner.partitionOf(symbol, partitionCount));
    }

    @Override
    public void onEvent(LoggedEvent event) {
        // as RiskManagerService folds every event
        EventEnvelope<?> envelope = event.envelope();
        if (envelope.payload() instanceof OrderFilled fill) {
            attributor.beforeFold(envelope, fill, state);
        } else if (envelope.payload() instanceof ExitAttributed) {
            attributor.onAttributed(envelope);
        }
        state.apply(envelope);
    }

    @Override
    public void onStateReset() {
        partitions = Set.of();
        state.reset();
        attributor.reset();
        exits.reset();
    }

    @Override
    public void onReplayCompleted(Set<Integer> assigned) {
        partitions = Set.copyOf(assigned);
    }

    Set<Integer> partitions() {
        return partitions;
    }
}
