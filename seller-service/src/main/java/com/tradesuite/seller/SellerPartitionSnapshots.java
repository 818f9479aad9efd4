package com.tradesuite.seller;

import java.io.Serializable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.seller.act.PartialProfitDesk;
import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.snapshot.PartitionSnapshots;

/**
 * The seller's folded state per partition for snapshots: all of {@link SellerState} is per symbol; the account-wide
 * trading mode rides along whole in every partition's slice.
 */
final class SellerPartitionSnapshots implements PartitionSnapshots {

    /** Raise with any change to the seller's own fold (SellerState, SymbolTrend, the mode) or their shape. */
    static final int SELLER_FOLD_VERSION = 2;

    /** One partition's slice: the symbols' state and the trading mode. */
    record Slice(SellerState.Slice state, TradingMode mode) implements Serializable {
    }

    private final Supplier<SellerState> state;
    private final Supplier<PartialProfitDesk> partials;
    private final ToIntFunction<String> partitionOf;

    /** @param state the current state (a reset replaces it) */
    SellerPartitionSnapshots(Supplier<SellerState> state, Supplier<PartialProfitDesk> partials,
                             ToIntFunction<String> partitionOf) {
        this.state = state;
        this.partials = partials;
        this.partitionOf = partitionOf;
    }

    @Override
    public int foldVersion() {
        return PartitionSnapshots.foldVersionOver(SELLER_FOLD_VERSION);
    }

    @Override
    public Serializable slice(int partition) {
        Predicate<String> keep = PartitionSnapshots.symbolsOf(partition, partitionOf);
        return new Slice(state.get().slice(keep), partials.get().mode());
    }

    @Override
    public void restore(int partition, Serializable slice) {
        Slice restored = (Slice) slice;
        state.get().restore(restored.state());
        partials.get().restoreMode(restored.mode());
    }
}
