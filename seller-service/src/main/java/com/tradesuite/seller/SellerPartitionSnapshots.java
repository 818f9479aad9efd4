package com.tradesuite.seller;

import java.io.Serializable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.snapshot.PartitionSnapshots;

/** The seller's folded state per partition for snapshots: all of {@link SellerState} is per symbol. */
final class SellerPartitionSnapshots implements PartitionSnapshots {

    /** Raise with any change to the seller's own fold (SellerState, SymbolTrend) or their shape. */
    static final int SELLER_FOLD_VERSION = 1;

    private final Supplier<SellerState> state;
    private final ToIntFunction<String> partitionOf;

    /** @param state the current state (a reset replaces it) */
    SellerPartitionSnapshots(Supplier<SellerState> state, ToIntFunction<String> partitionOf) {
        this.state = state;
        this.partitionOf = partitionOf;
    }

    @Override
    public int foldVersion() {
        return PartitionSnapshots.foldVersionOver(SELLER_FOLD_VERSION);
    }

    @Override
    public Serializable slice(int partition) {
        Predicate<String> keep = PartitionSnapshots.symbolsOf(partition, partitionOf);
        return state.get().slice(keep);
    }

    @Override
    public void restore(int partition, Serializable slice) {
        state.get().restore((SellerState.Slice) slice);
    }
}
