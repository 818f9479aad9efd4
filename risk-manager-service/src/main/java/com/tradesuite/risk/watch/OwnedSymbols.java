package com.tradesuite.risk.watch;

import java.util.Set;
import java.util.function.Predicate;

import com.tradesuite.schemas.topic.SymbolPartitioner;

/**
 * The symbols this instance answers for: those whose partition the consumer group assigned to it. Every
 * risk-manager instance hears the whole account's trade updates; each appends only its own symbols' facts.
 */
public final class OwnedSymbols implements Predicate<String> {

    private final int partitions;
    private volatile Set<Integer> owned = Set.of();

    public OwnedSymbols(int partitions) {
        this.partitions = partitions;
    }

    /** The group handed this instance these partitions (and their history is folded). */
    public void assign(Set<Integer> assigned) {
        owned = Set.copyOf(assigned);
    }

    /** A rebalance started: until the next assignment this instance owns nothing. */
    public void revoke() {
        owned = Set.of();
    }

    public Set<Integer> partitions() {
        return owned;
    }

    public int partitionOf(String symbol) {
        return SymbolPartitioner.partitionOf(symbol, partitions);
    }

    @Override
    public boolean test(String symbol) {
        return symbol != null && owned.contains(partitionOf(symbol));
    }
}
