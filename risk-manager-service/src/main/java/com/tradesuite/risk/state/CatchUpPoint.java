package com.tradesuite.risk.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Where the account watcher's catch-up must start so that no partition it owns misses a broker fact: the earliest,
 * over those partitions, of the newest broker fact the log holds for each (its previous owner was alive until then),
 * or, for a partition with no broker fact yet, its first order intent.
 */
public final class CatchUpPoint {

    private CatchUpPoint() {
    }

    /**
     * @param newestBrokerFactBySymbol the newest logged broker fact ({@code order:}/{@code fill:}) per symbol
     * @param firstIntentBySymbol the first logged order intent per symbol
     * @param partitionOf the partition of a symbol
     * @return empty when the owned partitions hold no order history at all (nothing can have been missed)
     */
    public static Optional<Instant> of(Map<String, Instant> newestBrokerFactBySymbol,
                                       Map<String, Instant> firstIntentBySymbol, ToIntFunction<String> partitionOf) {
        Map<Integer, Instant> newestFactByPartition = new HashMap<>();
        newestBrokerFactBySymbol.forEach((symbol, at) ->
                newestFactByPartition.merge(partitionOf.applyAsInt(symbol), at, CatchUpPoint::later));
        Map<Integer, Instant> firstIntentByPartition = new HashMap<>();
        firstIntentBySymbol.forEach((symbol, at) ->
                firstIntentByPartition.merge(partitionOf.applyAsInt(symbol), at, CatchUpPoint::earlier));
        firstIntentByPartition.keySet().removeAll(newestFactByPartition.keySet());
        return Stream.concat(newestFactByPartition.values().stream(),
                firstIntentByPartition.values().stream()).reduce(CatchUpPoint::earlier);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
