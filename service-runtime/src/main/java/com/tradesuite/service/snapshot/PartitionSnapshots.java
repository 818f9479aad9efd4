package com.tradesuite.service.snapshot;

import java.io.Serializable;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.tradesuite.domain.TradingState;

/**
 * A service whose folded state splits by partition: the runtime snapshots each owned partition's slice and, on the
 * next assignment, restores it and replays only the tail. Called on the log thread, like the fold itself.
 */
public interface PartitionSnapshots {

    /**
     * The version of the fold that produced the slices: raise it whenever a fold or a slice's shape changes, so
     * older snapshots are ignored and the history is folded again by the new code.
     */
    int foldVersion();

    /** The state of the symbols of {@code partition}, made only of JDK and {@code com.tradesuite} types. */
    Serializable slice(int partition);

    /** The fold version of a service's own fold {@code serviceVersion} over this {@link TradingState} fold. */
    static int foldVersionOver(int serviceVersion) {
        return TradingState.FOLD_VERSION * 1000 + serviceVersion;
    }

    /** The symbols of {@code partition}: what one partition's slice keeps. */
    static Predicate<String> symbolsOf(int partition, ToIntFunction<String> partitionOf) {
        return symbol -> symbol != null && partitionOf.applyAsInt(symbol) == partition;
    }

    /** Adds a slice read back from a snapshot to the (reset) state, before the partition's tail is replayed. */
    void restore(int partition, Serializable slice);
}
