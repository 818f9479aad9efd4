package com.tradesuite.risk;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.risk.decide.ExitMonitor;
import com.tradesuite.risk.exit.ExitAttributor;
import com.tradesuite.risk.state.RiskSlice;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.state.TradingModeFold;
import com.tradesuite.service.snapshot.PartitionSnapshots;

/**
 * The risk manager's folded state per partition for snapshots: the risk fold, the exit attributions still pending
 * and the running stop breaches of the partition's symbols.
 */
final class RiskPartitionSnapshots implements PartitionSnapshots {

    /** Raise with any change to the risk manager's own fold (RiskState, attributions, breaches) or their shape. */
    static final int RISK_FOLD_VERSION = 3;

    private final RiskState state;
    private final ExitAttributor attributor;
    private final ExitMonitor exits;
    private final TradingModeFold mode;
    private final ToIntFunction<String> partitionOf;

    /** One partition's share of everything the risk manager folds. */
    record Slice(RiskSlice state, ExitAttributor.Slice attributions, Map<String, Instant> breaches, TradingMode mode)
            implements Serializable {
    }

    RiskPartitionSnapshots(RiskState state, ExitAttributor attributor, ExitMonitor exits,
                           TradingModeFold mode, ToIntFunction<String> partitionOf) {
        this.mode = mode;
        this.state = state;
        this.attributor = attributor;
        this.exits = exits;
        this.partitionOf = partitionOf;
    }

    @Override
    public int foldVersion() {
        return PartitionSnapshots.foldVersionOver(RISK_FOLD_VERSION);
    }

    @Override
    public Serializable slice(int partition) {
        Predicate<String> keep = PartitionSnapshots.symbolsOf(partition, partitionOf);
        return new Slice(state.slice(keep), attributor.slice(keep), exits.breaches(keep), mode.current());
    }

    @Override
    public void restore(int partition, Serializable slice) {
        Slice restored = (Slice) slice;
        state.restore(restored.state());
        attributor.restore(restored.attributions());
        exits.restore(restored.breaches());
        // Every partition carries the whole account-wide mode (each holds every change): keep the newest.
        mode.restore(restored.mode());
    }
}
