package com.tradesuite.service.memory;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A thread-safe map that keeps only its {@code capacity} most recently added keys: what a service remembers of
 * finished orders and executions stays bounded however long it runs. The log still holds everything.
 */
public final class RecentMap<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public RecentMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RecentMap.this.capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized V getOrDefault(K key, V fallback) {
        return entries.getOrDefault(key, fallback);
    }

    public synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void putIfAbsent(K key, V value) {
        entries.putIfAbsent(key, value);
    }

    public synchronized void merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> combine) {
        entries.merge(key, value, combine);
    }

    public synchronized V remove(K key) {
        return entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The entries whose value {@code keep} accepts, oldest first, as a plain serialisable list (for a snapshot). */
    public synchronized List<Map.Entry<K, V>> entries(Predicate<? super V> keep) {
        List<Map.Entry<K, V>> kept = new ArrayList<>();
        entries.forEach((key, value) -> {
            if (keep.test(value)) {
                kept.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
            }
        });
        return kept;
    }

    /** Adds entries in the order given (oldest first), e.g. a slice read back from a snapshot. */
    public synchronized void putAll(List<Map.Entry<K, V>> added) {
        added.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
